using DutyGraph.Graph.Jurisdictions;
using DutyGraph.Graph.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DutyGraph.Tests.Text;

public sealed class NameKeyTests
{
    [Fact]
    public void Full_width_brackets_and_spaces_and_surrounding_blanks_do_not_change_the_key()
    {
        Assert.Equal(NameKey.Of("县人民政府办公室(县政府办)"), NameKey.Of("　县人民政府办公室（县政府办）  "));
        Assert.Equal(NameKey.Of("A B"), NameKey.Of("Ａ　　Ｂ"));
        Assert.NotEqual(NameKey.Of("食品生产许可"), NameKey.Of("食品经营许可"));
    }

    [Fact]
    public void The_key_of_a_key_is_itself_and_has_no_surrounding_or_doubled_spaces()
    {
        var chars = Gen.OneOf(ArbMap.Default.GeneratorFor<char>(), Gen.Choose(0xFF01, 0xFF5E).Select(c => (char)c),
            Gen.Elements('\u3000', ' ', '\t', '（', '）', '县', '局'));
        var names = chars.ArrayOf().Select(a => new string(a));
        Prop.ForAll(names.ToArbitrary(), s =>
        {
            var key = NameKey.Of(s);
            return NameKey.Of(key) == key
                && key.Trim() == key
                && !key.Contains("  ", StringComparison.Ordinal)
                && !key.Any(c => c is >= '\uFF01' and <= '\uFF5E' or '\u3000');
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_township_path_names_its_county_as_parent_and_is_a_township()
    {
        var township = Jurisdiction.FromName(" 上犹县／营前镇 ");
        Assert.Equal("上犹县/营前镇", township.Name);
        Assert.Equal("上犹县", township.Parent);
        Assert.Equal(JurisdictionLevel.Township, township.Level);
        Assert.Equal(JurisdictionLevel.City, Jurisdiction.FromName("淮北市").Level);
        Assert.Equal(JurisdictionLevel.County, Jurisdiction.FromName("上犹县").Level);
        Assert.Equal(["上犹县/营前镇", "上犹县"], Jurisdiction.SelfAndAncestors(township.Name));
    }
}
