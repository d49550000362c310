using System.Collections.Generic;

namespace ProbeGen.Core.Schema
{
    /// <summary>
    /// [PreStop] and [PostStart] (a container's lifecycle hooks): property → field, once. [EnvFromConfigMap] and
    /// [EnvFromSecret] with one argument: the container's envFrom, one list both add to in source order (their
    /// obsolete 3-argument constructors are one env variable each, read by hand beside [EnvConfigMapKey]).
    /// </summary>
    public static partial class LoweredAttributes
    {
        public static readonly LoweredAttribute PreStop = Hook("PreStopAttribute", LifecycleSchema.PreStop);

        public static readonly LoweredAttribute PostStart = Hook("PostStartAttribute", LifecycleSchema.PostStart);

        // Both hooks are a LifecycleHandler: one table shape, each property naming the handler it sets. With no argument
        // the hook is still written (preStop: {}): a hook without a handler is invalid, and PG1321 says so at the attribute.
        private static LoweredAttribute Hook(string name, FieldDescriptor hook) => new LoweredAttribute(name, LoweredScope.Container, Lowered.PathOf(ContainerSchema.Lifecycle, hook), false, new[]
        {
            Lowered.Property("Exec", LifecycleHandlerSchema.Exec, ExecActionSchema.Command),
            Lowered.Property("HttpGet", LifecycleHandlerSchema.HttpGet, HTTPGetActionSchema.Path),
            // httpGet.port is an int-or-string: a number (Port) or a container port's name (PortName), one field.
            new LoweredProperty("Port", -1, Lowered.PathOf(LifecycleHandlerSchema.HttpGet, HTTPGetActionSchema.Port), LoweredValue.Int, null),
            new LoweredProperty("PortName", -1, Lowered.PathOf(LifecycleHandlerSchema.HttpGet, HTTPGetActionSchema.Port), LoweredValue.String, null),
            Lowered.Property("Host", LifecycleHandlerSchema.HttpGet, HTTPGetActionSchema.Host),
            Lowered.Property("Scheme", LifecycleHandlerSchema.HttpGet, HTTPGetActionSchema.Scheme),
            new LoweredProperty("TcpSocketPort", -1, Lowered.PathOf(LifecycleHandlerSchema.TcpSocket, TCPSocketActionSchema.Port), LoweredValue.Int, null),
            Lowered.Property("SleepSeconds", LifecycleHandlerSchema.Sleep, SleepActionSchema.Seconds),
        }, writtenWithoutArguments: true);

        public static readonly LoweredAttribute EnvFromConfigMap = new LoweredAttribute("EnvFromConfigMapAttribute", LoweredScope.Container, Lowered.PathOf(ContainerSchema.EnvFrom), true, new[]
        {
            Lowered.Ctor(0, "configMapName", EnvFromSourceSchema.ConfigMapRef, ConfigMapEnvSourceSchema.Name),
            Lowered.Property("Prefix", EnvFromSourceSchema.Prefix),
            Lowered.Property("Optional", EnvFromSourceSchema.ConfigMapRef, ConfigMapEnvSourceSchema.Optional),
        }, presence: new[] { EnvFromSourceSchema.ConfigMapRef.JsonName }, ctorArity: 1);

        public static readonly LoweredAttribute EnvFromSecret = new LoweredAttribute("EnvFromSecretAttribute", LoweredScope.Container, Lowered.PathOf(ContainerSchema.EnvFrom), true, new[]
        {
            Lowered.Ctor(0, "secretName", EnvFromSourceSchema.SecretRef, SecretEnvSourceSchema.Name),
            Lowered.Property("Prefix", EnvFromSourceSchema.Prefix),
            Lowered.Property("Optional", EnvFromSourceSchema.SecretRef, SecretEnvSourceSchema.Optional),
        }, presence: new[] { EnvFromSourceSchema.SecretRef.JsonName }, ctorArity: 1);

        static partial void AddEnv(List<LoweredAttribute> all)
        {
            all.Add(EnvFromConfigMap);
            all.Add(EnvFromSecret);
            all.Add(PreStop);
            all.Add(PostStart);
        }
    }
}
