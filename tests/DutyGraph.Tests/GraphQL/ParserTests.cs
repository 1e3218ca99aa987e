using DutyGraph.GraphQL.Engine.Language;

namespace DutyGraph.Tests.GraphQL;

public sealed class ParserTests
{
    private const string KitchenSink = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id ,
            ... on User @onInlineFragment {
              field2 {
                id ,
                alias: field1(first:10, after:$foo,) @include(if: $foo) {
                  id,
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers { count }
              likeSentence { text }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(size: $size, bar: $b, obj: {key: "value", block: """
              block string uses \"""
          """})
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null),
          query
        }

        query { __typename }
        """";

    [Fact]
    public void The_kitchen_sink_of_the_reference_implementation_parses_with_every_definition()
    {
        var document = Parser.Parse(KitchenSink);

        Assert.Equal(6, document.Definitions.Count);
        var query = Assert.IsType<OperationDefinition>(document.Definitions[0]);
        Assert.Equal(("queryName", 2), (query.Name!.Value, query.Variables.Count));
        Assert.Equal("MOBILE", Assert.IsType<EnumValue>(query.Variables[1].DefaultValue).Text);
        var field = Assert.IsType<Field>(query.SelectionSet.Selections[0]);
        Assert.Equal(("whoever123is", "node"), (field.ResponseKey, field.Name.Value));
        var fragment = Assert.IsType<FragmentDefinition>(document.Definitions[3]);
        var obj = Assert.IsType<ObjectValue>(((Field)fragment.SelectionSet.Selections[0]).Arguments[2].Value);
        Assert.Equal("block string uses \"\"\"", Assert.IsType<StringValue>(obj.Fields[1].Value).Text);
        Assert.Equal(new SourceLocation(2, 3), field.Location);
    }

    [Fact]
    public void The_type_system_language_parses_with_descriptions_extensions_and_directive_definitions()
    {
        var document = Parser.Parse(""""
            "The schema" schema { query: Query mutation: Mutation }
            """
            A unit of government
            """
            type Unit implements Node & Named @key(fields: "id") {
              "its id" id: ID!
              sections(first: Int = 10, after: String): [Section!]! @deprecated(reason: "use sectionsConnection")
            }
            interface Named implements Node { name: String }
            union Holder = | Unit | Section
            enum Role { LEAD SUPPORT @deprecated }
            input UnitInput @oneOf { name: String, id: ID }
            scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            directive @key(fields: String!) repeatable on OBJECT | INTERFACE
            extend type Unit { extra: Int }
            extend schema @key(fields: "x")
            extend union Holder = Duty
            """");

        Assert.Equal(11, document.Definitions.Count);
        var unit = Assert.IsType<ObjectTypeDefinition>(document.Definitions[1]);
        Assert.Equal("A unit of government", unit.Description!.Text);
        Assert.Equal(["Node", "Named"], unit.Interfaces.Select(i => i.Name.Value));
        var list = Assert.IsType<NonNullType>(unit.Fields[1].Type);
        Assert.IsType<NonNullType>(Assert.IsType<ListType>(list.OfType).OfType);
        Assert.Equal(["Unit", "Section"], Assert.IsType<UnionTypeDefinition>(document.Definitions[3]).Types.Select(t => t.Name.Value));
        Assert.True(Assert.IsType<DirectiveDefinition>(document.Definitions[7]).Repeatable);
        Assert.True(Assert.IsType<ObjectTypeDefinition>(document.Definitions[8]).IsExtension);
    }

    [Theory]
    [InlineData("", "Syntax Error: Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ field: }", "Syntax Error: Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Syntax Error: Unexpected \"...\".", 1, 1)]
    [InlineData("{ f(a: \"unterminated) }", "Syntax Error: Unterminated string.", 1, 24)]
    [InlineData("{ f(a: 00) }", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 9)]
    [InlineData("{ f(a: 1.) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 10)]
    [InlineData("{ f(a: 1x) }", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ f(a: \"\\x\") }", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 9)]
    [InlineData("query Foo($x: Int = $y) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 21)]
    [InlineData("{ f } %", "Syntax Error: Unexpected character: \"%\".", 1, 7)]
    [InlineData("{ f(a: 'x') }", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    [InlineData("\"desc\" { f }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("fragment on on on { on }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(", "Syntax Error: Expected Name, found <EOF>.", 1, 5)]
    [InlineData("{ f(i: .5) }", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1, 8)]
    [InlineData("extend scalar Date", "Syntax Error: Unexpected <EOF>.", 1, 19)]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 25)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    public void A_syntax_error_is_worded_and_located_as_graphql_js_does(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal((message, line, column), (error.Message, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Strings_resolve_escapes_including_variable_width_unicode_and_surrogate_pairs()
    {
        var document = Parser.Parse("{ f(a: \"\\u00e9\\u{1F600}\\uD83D\\uDE00\\n\\\"\", b: \"\"\"\n    line one\n      line two\n  \"\"\") }");

        var field = (Field)((OperationDefinition)document.Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal("é😀😀\n\"", ((StringValue)field.Arguments[0].Value).Text);
        Assert.Equal("line one\n  line two", ((StringValue)field.Arguments[1].Value).Text);
    }

    [Fact]
    public void Lines_and_columns_count_every_kind_of_line_end()
    {
        var document = Parser.Parse("{\r\n  a\r  b\n  # comment\n  c\n}");

        var fields = ((OperationDefinition)document.Definitions[0]).SelectionSet.Selections;
        Assert.Equal([new SourceLocation(2, 3), new SourceLocation(3, 3), new SourceLocation(5, 3)], fields.Select(f => f.Location));
    }
}
