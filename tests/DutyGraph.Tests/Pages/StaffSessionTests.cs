using DutyGraph.Server.Api.Access;
using DutyGraph.Server.Pages;
using Microsoft.Extensions.Options;

namespace DutyGraph.Tests.Pages;

/// <summary>Where the pages send a person back to, and which keys sign in: never another site, and never a key taken out of the configuration.</summary>
public sealed class StaffSessionTests
{
    [Theory]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/\t/evil.example/", "/")]
    [InlineData("/\r\n/evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/cleanup?j=%E4%B8%8A&marked=1", "/cleanup?j=%E4%B8%8A&marked=1")]
    [InlineData("/?q=油烟&j=上犹县", "/?q=%E6%B2%B9%E7%83%9F&j=%E4%B8%8A%E7%8A%B9%E5%8E%BF")]
    public void A_place_to_go_back_to_is_a_path_of_this_site_and_fit_for_a_Location_header(string? given, string expected)
    {
        Assert.Equal(expected, StaffSession.LocalPath(given));
    }

    private sealed class ChangingOptions(AccessOptions first) : IOptionsMonitor<AccessOptions>
    {
        public AccessOptions CurrentValue { get; set; } = first;

        public AccessOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
    }

    [Fact]
    public void A_key_taken_out_of_the_configuration_stops_being_known_without_a_restart()
    {
        const string Key = "dg_editor-key";
        var options = new ChangingOptions(new AccessOptions { Keys = [new ApiKeyOptions { Name = "editor", Sha256 = ApiKeys.Hash(Key), Role = ApiRole.Editor }] });
        var keys = new ApiKeys(options);

        var before = keys.Find(Key);
        var byHash = keys.ByHashText(ApiKeys.Hash(Key));
        options.CurrentValue = new AccessOptions();

        Assert.Equal("editor", before?.Name);
        Assert.Equal("editor", byHash?.Name);
        Assert.Null(keys.Find(Key));
        Assert.Null(keys.ByHashText(ApiKeys.Hash(Key)));
    }
}
