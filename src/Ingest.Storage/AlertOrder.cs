namespace Ingest.Storage;

/// <summary>
/// The order of an alert list (<c>ingest findings</c>, a document's page of the HTML report): errors (an
/// <c>unread-table</c> among them), then the <c>unread-element</c> warnings, then the other warnings, then infos.
/// </summary>
/// <remarks>What was not read comes before the warnings on what was read: a figure nobody checked outweighs a figure
/// that departs from a convention. <see cref="Sqlite.SqliteReportStore.FindingsAsync"/> orders by the same ranks.</remarks>
public static class AlertOrder
{
    /// <summary>Gets the rank of a finding in an alert list: 0 for an error, 1 for an <c>unread-element</c> warning, 2 for
    /// another warning, 3 for an info.</summary>
    /// <param name="finding">The finding.</param>
    /// <returns>The rank; lower ranks are listed first.</returns>
    public static int Rank(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Severity switch
        {
            Severity.Error => 0,
            Severity.Warning when string.Equals(finding.Rule, RuleIds.UnreadElement, StringComparison.Ordinal) => 1,
            Severity.Warning => 2,
            _ => 3,
        };
    }
}
