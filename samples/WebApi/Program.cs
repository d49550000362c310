WebApi.WebApiApp.Build(args).Run();
