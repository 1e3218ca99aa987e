using DutyGraph.Graph.Analysis.Overlaps;
using DutyGraph.Graph.Catalogue;
using DutyGraph.Graph.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DutyGraph.Tests.Analysis;

public sealed class SearchTextTests
{
    [Fact]
    public void Width_case_punctuation_and_traditional_characters_do_not_change_the_normalised_text()
    {
        Assert.Equal("餐饮油烟污染abc12", SearchText.Normalize("  餐飲油煙汙染，ＡＢＣ１２！"));
        Assert.Equal(SearchText.Normalize("食品经营许可"), SearchText.Normalize("食品經營許可"));
        Assert.NotEqual(SearchText.Normalize("食品生产许可"), SearchText.Normalize("食品经营许可"));
    }

    [Fact]
    public void Stock_list_phrasing_around_the_matter_is_left_out_of_the_core()
    {
        Assert.Equal("餐饮服务业油烟污染", SearchText.Core("对餐饮服务业油烟污染的行政处罚"));
        Assert.Equal("餐饮服务业油烟污染", SearchText.Core("对餐饮服务业油烟污染的处罚"));
        Assert.Equal("未取得食品经营许可从事食品经营活动", SearchText.Core("对未取得食品经营许可从事食品经营活动行为的行政处罚"));
        Assert.Equal("食品生产许可", SearchText.Core("食品生产许可"));
    }

    [Fact]
    public void Normalising_twice_changes_nothing_and_full_width_forms_normalise_as_their_half_width_forms()
    {
        var chars = Gen.OneOf(Gen.Choose(0x21, 0x7E).Select(c => (char)c), Gen.Elements('县', '局', '處', '罰', '，', '。', ' ', '\u3000'));
        var texts = chars.ArrayOf().Select(a => new string(a));
        Prop.ForAll(texts.ToArbitrary(), s =>
        {
            var once = SearchText.Normalize(s);
            var wide = new string([.. s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c)]);
            return SearchText.Normalize(once) == once && SearchText.Normalize(wide) == once && once.All(char.IsLetterOrDigit);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Gram_numbers_stand_for_exactly_the_distinct_grams_of_both_texts()
    {
        var texts = Gen.Elements('河', '道', '采', '砂', '处', '罚', 'a', '1').ArrayOf().Select(a => new string(a));
        Prop.ForAll(texts.ToArbitrary(), texts.ToArbitrary(), (a, b) =>
        {
            var expected = SearchText.Bigrams(a).Concat(SearchText.Bigrams(b)).Distinct()
                .Select(g => (g[0] << 16) | (g.Length == 1 ? 0xFFFF : g[1])).Order();
            return SearchText.BigramCodes(a, b).SequenceEqual(expected);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_thesaurus_file_with_an_empty_word_is_refused_naming_its_line_and_column()
    {
        using var temp = new Support.TempFolder();
        var path = temp.File("thesaurus.csv");
        File.WriteAllText(path, "口语,清单用语,备注\n油烟,餐饮服务业油烟污染,\n,非法捕捞,\n");

        var refused = Assert.Throws<DutyGraph.Graph.Datasets.DatasetRejectedException>(() => ThesaurusFile.Read(path));

        Assert.Equal("thesaurus.csv:3:1: 口语 (everyday) is empty", Assert.Single(refused.Errors).ToString());
    }

    [Fact]
    public void Legal_bases_are_read_as_laws_and_articles_with_the_country_prefix_dropped()
    {
        var clauses = LegalBasis.Parse("《中华人民共和国食品安全法》第一百二十二条、第一百二十六条第一款；《餐饮服务食品安全监督管理办法》");

        Assert.Equal(["《食品安全法》第一百二十二条", "《食品安全法》第一百二十六条第一款", "《餐饮服务食品安全监督管理办法》"], clauses.Select(c => c.ToString()));
        Assert.Equal("第126条", LegalBasis.ArticleOnly(clauses[1].Article));
    }

    [Fact]
    public void An_article_inserted_after_another_is_an_article_of_its_own()
    {
        Assert.Equal("第60条之一", LegalBasis.ArticleOnly("第六十条之一第二款"));
        Assert.Equal("第60条", LegalBasis.ArticleOnly("第六十条第二款"));
    }

    [Theory]
    [InlineData("第二十条", "第20条")]
    [InlineData("第一百零五条第三项", "第105条")]
    [InlineData("第十五条", "第15条")]
    [InlineData("第1205条", "第1205条")]
    public void An_article_is_one_whether_its_number_is_written_in_figures_or_in_chinese(string article, string expected) =>
        Assert.Equal(expected, LegalBasis.ArticleOnly(article));
}
