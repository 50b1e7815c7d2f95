using System.Text.Json;

namespace Mnemo.Tests.Filters;

public sealed class MemoryFilterParserTests
{
    [Fact]
    public void Parse_BareValue_IsEqualityOnMetadataKey()
    {
        var filter = Assert.IsType<FieldFilter>(MemoryFilter.Parse("""{"food": "pizza"}"""));
        Assert.Equal("metadata.food", filter.Field);
        Assert.Equal(FilterOperator.Eq, filter.Operator);
        Assert.Equal("pizza", filter.Value.GetString());
    }

    [Fact]
    public void Parse_KnownField_KeepsFieldName()
    {
        var filter = Assert.IsType<FieldFilter>(MemoryFilter.Parse("""{"user_id": "alice"}"""));
        Assert.Equal("user_id", filter.Field);
        Assert.False(filter.IsMetadata);
    }

    [Fact]
    public void Parse_OperatorObject_GivesOneConditionPerOperator()
    {
        var filter = Assert.IsType<AndFilter>(MemoryFilter.Parse("""{"created_at": {"gte": "2024-07-01", "lt": "2024-08-01T00:00:00Z"}}"""));
        Assert.Collection(
            filter.Filters.Cast<FieldFilter>(),
            f => Assert.Equal((FilterOperator.Gte, "2024-07-01T00:00:00.0000000+00:00"), (f.Operator, f.Value.GetString())),
            f => Assert.Equal((FilterOperator.Lt, "2024-08-01T00:00:00.0000000+00:00"), (f.Operator, f.Value.GetString())));
    }

    [Fact]
    public void Parse_LogicalOperators_BuildTree()
    {
        var filter = MemoryFilter.Parse("""
            {"AND": [{"user_id": "alice"}, {"OR": [{"category": {"in": ["work", "health"]}}, {"NOT": {"metadata": {"source": "chat"}}}]}]}
            """);
        var and = Assert.IsType<AndFilter>(filter);
        var or = Assert.IsType<OrFilter>(and.Filters[1]);
        var inFilter = Assert.IsType<FieldFilter>(or.Filters[0]);
        Assert.Equal(("categories", FilterOperator.In, 2), (inFilter.Field, inFilter.Operator, inFilter.Value.GetArrayLength()));
        var not = Assert.IsType<NotFilter>(or.Filters[1]);
        Assert.Equal("metadata.source", Assert.IsType<FieldFilter>(not.Filter).Field);
    }

    [Theory]
    [InlineData("""{"$and": [{"a": 1}]}""")]
    [InlineData("""{"and": [{"a": 1}]}""")]
    public void Parse_LowerCaseAndDollarLogicalOperators_AreAccepted(string json) =>
        Assert.IsType<AndFilter>(MemoryFilter.Parse(json));

    [Fact]
    public void Parse_Wildcard_IsExists()
    {
        var filter = Assert.IsType<FieldFilter>(MemoryFilter.Parse("""{"run_id": "*"}"""));
        Assert.Equal(FilterOperator.Exists, filter.Operator);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""[1, 2]""", "expected an object")]
    [InlineData("""{"rating": {"between": [1, 2]}}""", "unknown operator 'between'")]
    [InlineData("""{"AND": {"a": 1}}""", "expected a list of filters")]
    [InlineData("""{"created_at": {"gte": "last tuesday"}}""", "ISO-8601")]
    [InlineData("""{"tags": {"in": "work"}}""", "takes a list")]
    [InlineData("""{"user_id": 42}""", "takes a string")]
    [InlineData("""{"project_id": "other"}""", "cannot be filtered")]
    [InlineData("""{"gte": 3}""", "must be inside a field")]
    [InlineData("""{"rating": {}}""", "at least one operator")]
    public void Parse_Malformed_ThrowsWithClearMessage(string json, string expected)
    {
        var error = Assert.Throws<InvalidFilterException>(() => MemoryFilter.Parse(json));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NestedError_NamesThePath()
    {
        var error = Assert.Throws<InvalidFilterException>(() => MemoryFilter.Parse("""{"AND": [{"a": 1}, {"b": {"gt": {"x": 1}}}]}"""));
        Assert.Equal("AND[1].b.gt", error.Path);
    }

    [Fact]
    public void Parse_InList_KeepsScalarTypes()
    {
        var filter = Assert.IsType<FieldFilter>(MemoryFilter.Parse("""{"rating": {"in": [1, "two", true]}}"""));
        Assert.Equal(
            [JsonValueKind.Number, JsonValueKind.String, JsonValueKind.True],
            filter.Value.EnumerateArray().Select(v => v.ValueKind).ToArray());
    }
}
