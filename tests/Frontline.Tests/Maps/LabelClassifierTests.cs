using Frontline.Maps;

namespace Frontline.Tests.Maps;

public sealed class LabelClassifierTests
{
    private static readonly LabelClassifier s_deepstate = new(PublisherProfile.Builtin("deepstate")!);

    public static TheoryData<string, string?, ControlStatus?> DeepStateLabels => new()
    {
        { "Окуповано /// Occupied\n", "#a52714", ControlStatus.Held },
        { "Окуповано /// Occupied /// geoJSON.status.occupied\n", "#a52714", ControlStatus.Held },
        { "Окупований Крим /// Occupied Crimea\u00a0/// geoJSON.territories.crimea", "#880e4f", ControlStatus.Held },
        { "ОРДЛО /// CADR and CALR\n", "#880e4f", ControlStatus.Held },
        { "Ізюм. Окуповано", "#a52714", ControlStatus.Held },
        { "Sieverodonetsk. Territories, which are under occupation.", null, ControlStatus.Held },
        { "Під питанням /// Contensed\n", "#bcaaa4", ControlStatus.Contested },
        { "Під питанням /// Contenesed", "#bcaaa4", ControlStatus.Contested },
        { "Ситуація невідома /// Situation is unknown", "#bcaaa4", ControlStatus.Contested },
        { "Статус невідомий /// Unknown status\u00a0/// geoJSON.status.unknown", "#bdbdbd", ControlStatus.Contested },
        { "Звільнено 25.03 /// Liberated 25.03\u00a0/// geoJSON.status.dismissed_at {{at:25.03}}", "#0f9d58", ControlStatus.Liberated },
        { "Звільнено 31.03 - 02.04 /// Taken back 31.03 - 02.04", "#0f9d58", ControlStatus.Liberated },
        { "Звільнено 22.05 /// Taken back22.05", "#0f9d58", ControlStatus.Liberated },
        { "Звільнено /// Recaptured\n", "#0288d1", ControlStatus.Liberated },
        { "Звільнено", "#0f9d58", ControlStatus.Liberated },
        { "Окупована Абхазія /// Occupied Abkhazia\n", "#ff5252", ControlStatus.Ignored },
        { "Окуповані території Латвії.\n///\nOccupied Latvia territories.\n/// geoJSON.territories.latvia\n", "#ff5252", ControlStatus.Ignored },
        { "Тимчасово окупована східна Пруссія///East Prussia is temporarily occupied", "#ff5252", ControlStatus.Ignored },
        { "Зміїний ///\u00a0Snake Island", "#0f9d58", ControlStatus.Liberated },
        { "Зміїний ///\u00a0Snake Island", "#a52714", ControlStatus.Held },
        { "Зміїний ///\u00a0Snake Island", "#bcaaa4", ControlStatus.Contested },
        { "Occupied Bessarabia", null, null },
        { "24.03", null, null },
        { "", null, null },
    };

    [Theory]
    [MemberData(nameof(DeepStateLabels))]
    public void DeepState_labels_map_to_their_status(string label, string? fill, ControlStatus? expected) =>
        Assert.Equal(expected, s_deepstate.Classify(label, fill).Status);

    [Theory]
    [InlineData("Contensed", false)]
    [InlineData("Liberatedd", true)]
    [InlineData("Unknwn status", true)]
    public void Misspellings_match_and_say_so(string label, bool fuzzy)
    {
        var c = s_deepstate.Classify(label, null);
        Assert.NotNull(c.Status);
        Assert.Equal(fuzzy, c.Fuzzy);
    }

    [Fact]
    public void Short_unknown_labels_are_not_guessed() =>
        Assert.Null(s_deepstate.Classify("Occupy", null).Status);

    [Theory]
    [InlineData("nochange", ControlStatus.Held)]
    [InlineData("gains", ControlStatus.Held)]
    [InlineData("losses", ControlStatus.Liberated)]
    [InlineData("frontline", null)]
    public void Nzz_types(string type, ControlStatus? expected) =>
        Assert.Equal(expected, new LabelClassifier(PublisherProfile.Builtin("nzz")!).Classify(type, null).Status);

    [Fact]
    public void Isw_polygons_are_held_by_default() =>
        Assert.Equal(ControlStatus.Held, new LabelClassifier(PublisherProfile.Builtin("isw")!).Classify(null, null).Status);

    [Fact]
    public void Every_builtin_profile_loads() =>
        Assert.All(PublisherProfile.BuiltinNames, n => Assert.Equal(n, PublisherProfile.Builtin(n)!.Name));

    [Fact]
    public void A_user_profile_is_a_json_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "name": "mine", "class_property": "status",
              "classes": [ { "status": "held", "labels": ["ru"] }, { "status": "contested", "labels": ["grey *"] } ] }
            """);
        try
        {
            var classifier = new LabelClassifier(PublisherProfile.Load(path));
            Assert.Equal(ControlStatus.Held, classifier.Classify("RU", null).Status);
            Assert.Equal(ControlStatus.Contested, classifier.Classify("Grey zone 12.10", null).Status);
            Assert.Null(classifier.Classify("UA", null).Status);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_profile_without_classes_or_default_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "name": "broken" }""");
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => PublisherProfile.Load(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
