namespace Mnemo;

/// <summary>Comparison operators of Mem0's filter syntax.</summary>
public enum FilterOperator
{
    /// <summary><c>eq</c>: equal (also a bare value: <c>{"k": "v"}</c>).</summary>
    Eq,

    /// <summary><c>ne</c>: not equal (a missing field counts as not equal).</summary>
    Ne,

    /// <summary><c>gt</c>: greater than (numbers, dates, strings ordinally).</summary>
    Gt,

    /// <summary><c>gte</c>: greater than or equal.</summary>
    Gte,

    /// <summary><c>lt</c>: less than.</summary>
    Lt,

    /// <summary><c>lte</c>: less than or equal.</summary>
    Lte,

    /// <summary><c>in</c>: equal to one of a list; for list fields (categories), shares at least one element.</summary>
    In,

    /// <summary><c>nin</c>: equal to none of a list; for list fields, shares none.</summary>
    Nin,

    /// <summary><c>contains</c>: a string field contains the substring (case-sensitive), or a list field contains the element.</summary>
    Contains,

    /// <summary><c>icontains</c>: like <see cref="Contains"/>, ignoring case.</summary>
    IContains,

    /// <summary><c>*</c>: the field is present (not null).</summary>
    Exists,
}
