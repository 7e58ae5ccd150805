namespace Ingest.Audit;

/// <summary>Why a printed code was not read, in Spanish: one wording for the <c>unread-element</c> findings and the
/// HTML report.</summary>
public static class UnreadReasons
{
    /// <summary>Gets the reason an element was not read (<c>la tabla t3.1 no coincide con ninguna tabla del perfil</c>).</summary>
    /// <param name="element">The unread element.</param>
    /// <returns>The reason, without a final point.</returns>
    public static string Describe(UnreadElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Reason switch
        {
            UnreadReason.TableNotRecognised => "la tabla " + element.Table + " no coincide con ninguna tabla del perfil",
            UnreadReason.RowNotRead => "su fila de la tabla " + element.Table + " no se leyó",
            UnreadReason.RowWithoutFigures => "su fila se leyó sin cifras: columnas no reconocidas",
            UnreadReason.OtherPlan => "código de otro plan, citado como alineamiento",
            _ => "solo aparece en el texto, fuera de toda tabla leída",
        };
    }
}
