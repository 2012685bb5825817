using Frontline.Text;

namespace Frontline.Tests.Claims;

public sealed class ModalityTests
{
    [Theory]
    [InlineData("Ukrainian forces liberated Lyman", "asserted", null)]
    [InlineData("are likely clearing the settlement as of October 1", "hedged", "likely")]
    [InlineData("Russian authorities will likely seek to exploit their control", "hedged", "likely")]
    [InlineData("it appears as if the Ukrainians drove forward", "hedged", "appears")]
    [InlineData("who has reportedly been micromanaging Russian commanders", "hedged", "reportedly")]
    [InlineData("it’s not clear whether non-professional units can change the situation", "hedged", "not clear")]
    [InlineData("there are no indications that the Russian military has reinforced", "denied", "no indications")]
    [InlineData("Russian forces did not advance", "denied", "did not")]
    [InlineData("Russian forces failed to hold the banks of the Oskil", "asserted", null)]
    [InlineData("we will not allow people to enter major cities", "future", "will not")]
    [InlineData("the residents will soon be asked to leave", "future", "will")]
    [InlineData("Russia plans to call up 300,000 reservists", "future", "plans to")]
    [InlineData("they made almost everyone leave high-rise buildings so that they could flee", "asserted", null)]
    [InlineData("Russia has tasked its troops with capturing Chasiv Yar by May 9", "future", "tasked its troops with")]
    [InlineData("This report discusses the likely evolution of the war", "asserted", null)]
    [InlineData("Russian forces will likely attack in May", "hedged", "likely")]
    [InlineData("They are not arriving in cohesive units but rather are being sent as replacements", "asserted", null)]
    [InlineData("They are not arriving in cohesive units", "denied", "are not")]
    [InlineData("I am also asking you to submit proposals on decorations", "future", "am also asking")]
    [InlineData("Podolyak called for the bridge to be dismantled", "future", "called for")]
    [InlineData("we need to make sure that we fulfil all the social commitments", "future", "need to make sure")]
    [InlineData("крилаті ракети, попередньо з фр Адмірал Макаров", "hedged", "попередньо")]
    public void Detects_modality_and_its_words(string text, string modality, string? words)
    {
        var (actual, span) = ModalityDetector.Detect(text, 0, text.Length);
        Assert.Equal(modality, actual);
        Assert.Equal(words, span is { } s ? text[s.Start..s.End] : null);
    }
}
