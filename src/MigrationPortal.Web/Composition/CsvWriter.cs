using System.Text;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// Comma-separated values as RFC 4180 writes them (CRLF line ends, a field with a comma, quote or line break in
/// quotes, quotes doubled), in UTF-8 with a byte order mark so that Excel reads Cyrillic as Cyrillic. A cell that
/// starts with =, +, -, @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as
/// text instead of running it as a formula (CSV injection).
/// </summary>
public sealed class CsvWriter(Stream stream) : IAsyncDisposable
{
    private const string LineEnd = "\r\n";

    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);

    public async Task WriteRowAsync(IEnumerable<string?> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        await _writer.WriteAsync((string.Join(',', fields.Select(Field)) + LineEnd).AsMemory(), cancellationToken);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>One cell, guarded and quoted as needed.</summary>
    public static string Field(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }
}
