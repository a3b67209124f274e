using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MigrationPortal.Infrastructure.Persistence.Seed;

/// <summary>
/// Puts <see cref="ReferenceData"/> into the database after the migrations (ADR-012): one
/// <c>INSERT ... SELECT FROM unnest(...) ON CONFLICT</c> per table, all sent as one batch, which PostgreSQL runs as one
/// transaction. Rows missing by key are added and changed ones updated; none are deleted, since other rows point at them.
/// Table and column names, types and value conversions come from the EF model, as the migrations' own do.
/// </summary>
internal static class ReferenceDataSeeder
{
    /// <summary>Adds the missing reference rows and updates the changed ones, tables in the order their foreign keys need.</summary>
    public static async Task SeedAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection());
        var model = db.Model;
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Regions, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Districts, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Countries, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Currencies, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.LanguageScales, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.LanguageLevels, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Languages, OnConflict.Update));
        batch.BatchCommands.Add(Upsert(model, ReferenceData.Occupations, OnConflict.Update));

        // The agency's administrators rename, move and close units (SaveAgencyUnit): a seeded unit is theirs once it exists.
        batch.BatchCommands.Add(Upsert(model, ReferenceData.AgencyUnits, OnConflict.Keep));

        // A consent text is never edited, only superseded by a new version (a new row).
        batch.BatchCommands.Add(Upsert(model, ReferenceData.ConsentTexts, OnConflict.Keep));

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private enum OnConflict
    {
        Update,
        Keep,
    }

    private static NpgsqlBatchCommand Upsert<T>(IModel model, IReadOnlyList<T> rows, OnConflict onConflict)
        where T : class
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties;
        var command = new NpgsqlBatchCommand();
        var columns = new List<string>();
        var arrays = new List<string>();
        foreach (var property in entity.GetProperties())
        {
            var converter = property.GetTypeMapping().Converter;
            var getter = property.GetGetter();
            var values = Array.CreateInstance(converter?.ProviderClrType ?? property.ClrType, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = getter.GetClrValueUsingContainingEntity(rows[i]);
                values.SetValue(converter is null ? value : converter.ConvertToProvider(value), i);
            }

            var parameter = $"p{command.Parameters.Count}";
            command.Parameters.Add(new NpgsqlParameter(parameter, values));
            columns.Add(Quote(property.GetColumnName(table)!));
            arrays.Add($"@{parameter}::{property.GetColumnType(table)}[]");
        }

        var keyColumns = string.Join(", ", key.Select(p => Quote(p.GetColumnName(table)!)));
        var others = columns.Except(key.Select(p => Quote(p.GetColumnName(table)!))).ToList();
        var action = onConflict == OnConflict.Keep || others.Count == 0
            ? "DO NOTHING"
            : $"""
               DO UPDATE SET {string.Join(", ", others.Select(c => $"{c} = EXCLUDED.{c}"))}
               WHERE ({string.Join(", ", others.Select(c => $"target.{c}"))}) IS DISTINCT FROM ({string.Join(", ", others.Select(c => $"EXCLUDED.{c}"))})
               """;
        command.CommandText =
            $"""
             INSERT INTO {Quote(table.Name)} AS target ({string.Join(", ", columns)})
             SELECT * FROM unnest({string.Join(", ", arrays)})
             ON CONFLICT ({keyColumns}) {action}
             """;
        return command;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
