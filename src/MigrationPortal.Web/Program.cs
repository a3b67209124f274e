using MigrationPortal.Web.Composition;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortal();
    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UsePortal();
    await app.RunAsync();
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The portal stopped because of an unhandled error");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}
