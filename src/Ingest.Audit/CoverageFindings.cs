using System.Globalization;

namespace Ingest.Audit;

/// <summary>
/// Turns what a report printed but the parser did not read into findings: <c>unread-table</c> (error) for a table printing
/// plan codes that was not read or a main table not found, <c>unread-element</c> (warning) for each printed code that is not
/// in the model, and <c>suspicious-value</c> for a code printed with its kind letters misprinted (read as the code it
/// obviously is). Silence would read as "this report is consistent".
/// </summary>
internal static class CoverageFindings
{
    /// <summary>Adds the coverage findings of the context's report (none when coverage was not measured).</summary>
    /// <param name="context">The audit context.</param>
    public static void Add(AuditContext context)
    {
        if (context.Report.Coverage is not { } coverage)
        {
            return;
        }

        foreach (var table in coverage.UnreadTables)
        {
            context.Add(UnreadTable(table, context.Report.Document.Classification.Kind));
        }

        foreach (var element in coverage.Unread)
        {
            var reason = UnreadReasons.Describe(element);
            context.Add(new FindingDraft(
                RuleIds.UnreadElement, Severity.Warning, element.Source, element.Code, null, element.Source.Raw, string.Empty, null,
                "El código " + element.Code + " está impreso (\"" + element.Source.Raw + "\", página " + Page(element.Source) + ") pero no está en ningún objetivo, acción ni indicador leído: " + reason + ". Sus cifras no se verificaron.",
                element.Code + ": impreso en la página " + Page(element.Source) + " pero no leído (" + reason + ")."));
        }

        foreach (var printed in coverage.Printed)
        {
            if (printed.Misprint is not { } misprint)
            {
                continue;
            }

            context.Add(new FindingDraft(
                RuleIds.SuspiciousValue, Severity.Warning, misprint, printed.Code, null, misprint.Raw, printed.Code, null,
                "Las letras del código están mal escritas (\"" + misprint.Raw + "\"); se leyó como " + printed.Code + ", el código que evidentemente es.",
                printed.Code + ": código mal escrito: " + misprint.Raw + "."));
        }
    }

    private static FindingDraft UnreadTable(UnreadTable table, ReportKind kind)
    {
        if (table.Table is null)
        {
            return new FindingDraft(
                RuleIds.UnreadTable, Severity.Error, table.Source, null, null, string.Empty, string.Empty, null,
                "Ninguna tabla del documento coincide con las tablas principales del perfil " + kind.Id() + " (" + table.Header + "), o ninguna aportó datos: el informe no se leyó y sus cifras no se verificaron.",
                "No se leyó la tabla principal del informe (" + kind.Id() + ": " + table.Header + ").");
        }

        var codes = table.Codes.Count == 0 ? string.Empty : " (" + string.Join(", ", table.Codes.Take(5)) + (table.Codes.Count > 5 ? ", ..." : string.Empty) + ")";
        var count = table.Codes.Count.ToString(CultureInfo.InvariantCulture);
        var main = table.Main ? "principal " : string.Empty;
        return new FindingDraft(
            RuleIds.UnreadTable, Severity.Error, table.Source, null, null, table.Table, string.Empty, null,
            "La tabla " + main + table.Table + " (página " + Page(table.Source) + ", " + table.Rows.ToString(CultureInfo.InvariantCulture) + " filas) imprime " + count
                + " códigos que no se leyeron en ninguna otra parte" + codes + "; su encabezado leído es \"" + table.Header + "\" y no coincide con ninguna tabla del perfil " + kind.Id() + ", o sus columnas no se reconocieron.",
            "Tabla " + table.Table + " no leída (página " + Page(table.Source) + ", encabezado \"" + Shorten(table.Header) + "\"): " + count + " códigos sin leer" + codes + ".");
    }

    private static string Page(Provenance source) => source.Page.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
