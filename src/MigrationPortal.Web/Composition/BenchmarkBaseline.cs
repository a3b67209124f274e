using System.Text;
using System.Text.Encodings.Web;
using Npgsql;

namespace MigrationPortal.Web.Composition;

/// <summary>
/// The raw-Npgsql page the load benchmarks measure the portal's pages against (docs/design/quality.md, Performance: a "Fortunes"-style page,
/// one query and HTML written by hand, through the same middleware). Mapped only when <c>Benchmarks:Baseline</c> is
/// true, as eng/bench/vacancy-search-load.sh sets it; a portal in service never has it.
/// </summary>
public static class BenchmarkBaseline
{
    public const string Path = "/bench/baseline";

    private const string Query = "SELECT id, title, city FROM job_orders WHERE status = 'Published' ORDER BY published_at DESC, id DESC LIMIT 20";

    public static void MapBenchmarkBaseline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>("Benchmarks:Baseline"))
        {
            return;
        }

        var dataSource = NpgsqlDataSource.Create(app.Configuration.GetConnectionString("Portal")!);
        app.Lifetime.ApplicationStopped.Register(dataSource.Dispose);
        app.MapGet(Path, async context =>
        {
            var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Baseline</title></head><body><table><tr><th>Order</th><th>Title</th><th>City</th></tr>");
            await using (var command = dataSource.CreateCommand(Query))
            await using (var reader = await command.ExecuteReaderAsync(context.RequestAborted))
            {
                while (await reader.ReadAsync(context.RequestAborted))
                {
                    html.Append("<tr><td>").Append(reader.GetGuid(0))
                        .Append("</td><td>").Append(HtmlEncoder.Default.Encode(reader.GetString(1)))
                        .Append("</td><td>").Append(HtmlEncoder.Default.Encode(reader.GetString(2)))
                        .Append("</td></tr>");
                }
            }

            html.Append("</table></body></html>");
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
        });
    }
}
