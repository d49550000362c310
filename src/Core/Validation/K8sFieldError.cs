using System.Collections.Generic;

namespace ProbeGen.Core.Validation
{
    /// <summary>The API server's error types, as field/errors.go names and renders them.</summary>
    public enum K8sErrorType
    {
        Required,
        Invalid,
        NotSupported,
        Duplicate,
        Forbidden,
        NotFound,
    }

    /// <summary>
    /// One field error of a model-free check: the field relative to the caller's path, its type, the bad value and the
    /// detail. <see cref="Render"/> gives the text the API server prints once the caller supplies the path.
    /// </summary>
    public readonly struct K8sFieldError
    {
        public K8sFieldError(string field, K8sErrorType type, object? value, string detail)
        {
            Field = field;
            Type = type;
            Value = value;
            Detail = detail;
        }

        /// <summary>The failing field below the checked object (<c>operator</c>), or "" for the object itself.</summary>
        public string Field { get; }

        public K8sErrorType Type { get; }

        public object? Value { get; }

        public string Detail { get; }

        /// <summary>The same error one level down: its field under <paramref name="parent"/> (<c>matchExpressions[0]</c> + <c>key</c>).</summary>
        public K8sFieldError Under(string parent) => new K8sFieldError(Field.Length == 0 ? parent : parent + "." + Field, Type, Value, Detail);

        /// <summary>The full path: <paramref name="basePath"/> joined with <see cref="Field"/>.</summary>
        public string PathUnder(string basePath) => Field.Length == 0 ? basePath : basePath + "." + Field;

        /// <summary><c>path: Type: value: detail</c>; Required and Forbidden print no value, as field.Error does.</summary>
        public string Render(string basePath)
        {
            string path = PathUnder(basePath);
            switch (Type)
            {
                case K8sErrorType.Required: return path + ": Required value" + (Detail.Length == 0 ? "" : ": " + Detail);
                case K8sErrorType.Forbidden: return path + ": Forbidden: " + Detail;
                case K8sErrorType.NotSupported: return path + ": Unsupported value: " + K8sText.Value(Value) + ": " + Detail;
                case K8sErrorType.Duplicate: return path + ": Duplicate value: " + K8sText.Value(Value);
                case K8sErrorType.NotFound: return path + ": Not found: " + K8sText.Value(Value);
                default: return path + ": Invalid value: " + K8sText.Value(Value) + (Detail.Length == 0 ? "" : ": " + Detail);
            }
        }

        /// <summary>The detail of field.NotSupported: <c>supported values: "a", "b"</c>.</summary>
        public static string SupportedValues(IEnumerable<string> values) => "supported values: " + K8sText.QuotedList(values);

        public override string ToString() => Render("<path>");
    }
}
