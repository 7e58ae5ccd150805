namespace Ingest.Audit.Rules;

/// <summary>One rule of SPEC section 5: it reads the report and adds findings, discrepancies and reconciled figures to the context.</summary>
internal interface IAuditRule
{
    /// <summary>Gets the rule id (<see cref="RuleIds"/>).</summary>
    string Id { get; }

    /// <summary>Checks the report.</summary>
    void Check(AuditContext context);
}
