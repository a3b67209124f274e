using System.Text;
using MigrationPortal.Web.Composition;

namespace MigrationPortal.UnitTests.Composition;

public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("Karimov, Jasur", "\"Karimov, Jasur\"")]
    [InlineData("6\" nails", "\"6\"\" nails\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("two\r\nlines", "\"two\r\nlines\"")]
    [InlineData("Тошкент шаҳри", "Тошкент шаҳри")]
    public void A_cell_is_quoted_only_when_it_must_be_and_quotes_are_doubled(string? value, string expected) =>
        CsvWriter.Field(value).ShouldBe(expected);

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+998901112233", "'+998901112233")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("=HYPERLINK(\"x\"),y", "\"'=HYPERLINK(\"\"x\"\"),y\"")]
    [InlineData("a=b", "a=b")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_made_text(string value, string expected) =>
        CsvWriter.Field(value).ShouldBe(expected);

    [Fact]
    public async Task Rows_end_with_crlf_and_the_file_starts_with_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream))
        {
            await csv.WriteRowAsync(["Когда", "Кто"], CancellationToken.None);
            await csv.WriteRowAsync(["2026-12-02 10:00:00", null], CancellationToken.None);
        }

        var bytes = stream.ToArray();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldBe("Когда,Кто\r\n2026-12-02 10:00:00,\r\n");
    }

    [Fact]
    public async Task The_writer_leaves_the_response_stream_open()
    {
        using var stream = new MemoryStream();
        await using (var csv = new CsvWriter(stream))
        {
            await csv.WriteRowAsync(["a"], CancellationToken.None);
        }

        stream.CanWrite.ShouldBeTrue();
    }
}
