using System.Text.RegularExpressions;
using Frontline.Documents;

namespace Frontline.Text;

/// <summary>The rule-based extractor: sentences and clauses with a claim trigger, attributed, typed, placed, dated, quantified.</summary>
/// <remarks>
/// Deterministic and offline. Attribution follows reporting verbs ("X said (that)", "…, X said", "according to X"),
/// one level of nesting, pronouns to the last named person, and voice switches ("the full text of the address is
/// below", transcript labels "Name:"). Dates come from the clause, then from the attribution ("said on Tuesday"),
/// then from tense (a present state or a plan holds on the publication date; a past event without a date is unknown).
/// </remarks>
public sealed partial class RuleBasedExtractor(IPlaceLinker places) : IClaimExtractor
{
    public string Name => "rules-1";

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var text = document.Text;
        var claims = new List<Claim>();
        var state = new VoiceState(DocumentSide(document), places.Tag(text));
        foreach (var sentence in SentenceSplitter.Sentences(text, 0, text.Length))
        {
            try
            {
                ExtractSentence(document, sentence, state, claims);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological sentence is skipped, not the document.
            }
        }
        return WithoutRepeats(Retrospective(document, claims, state.PastDefaults));
    }

    // A daily update reports the day's events, so its undated past events take the publication date; a retrospective
    // ("how Kherson was won") narrates weeks of past events. Told apart by the document's own explicit day dates: when
    // fewer than half of them fall on the publication day or the day before, undated past events stay undated
    // (SCHEMA: "a past event with no time given is unknown").
    private static List<Claim> Retrospective(Document document, List<Claim> claims, List<int> pastDefaults)
    {
        if (pastDefaults.Count == 0 || document.Published is not { } published)
        {
            return claims;
        }
        var explicitDays = claims.Where(c => c.Date.Span is not null && c.Date.Precision == "day" && c.Date.From is not null)
            .Select(c => published.DayNumber - c.Date.From!.Value.DayNumber).ToList();
        if (explicitDays.Count < 3 || explicitDays.Count(d => d is 0 or 1) * 2 >= explicitDays.Count)
        {
            return claims;
        }
        foreach (var i in pastDefaults)
        {
            claims[i] = claims[i] with { Date = ClaimDate.Unknown };
        }
        return claims;
    }

    // SCHEMA: a claim repeated in the same document is annotated once, at its first full statement (e.g. key takeaways, then the body).
    // A repeat has the same type and places and shares ≥ 60 % of its content words (Jaccard) with a kept claim. Kept claims
    // are bucketed by type and places, and the overlap is counted without building sets per pair: long reports have
    // hundreds of claims, and the pairwise set algebra used to cost a sixth of extraction.
    private static List<Claim> WithoutRepeats(List<Claim> claims)
    {
        var kept = new List<Claim>(claims.Count);
        var buckets = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in ContentWord().EnumerateMatches(c.QuoteText))
            {
                words.Add(c.QuoteText.Substring(m.Index, m.Length).ToLowerInvariant());
            }
            var key = c.Type + "|" + string.Join("|", c.Places.Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = [];
            }
            var repeat = words.Count >= 6 && bucket.Exists(k => Jaccard(k, words) >= 0.6);
            if (!repeat)
            {
                kept.Add(c);
                if (words.Count >= 6)
                {
                    bucket.Add(words);
                }
            }
        }
        // A clause inside another claim of the same type is the same claim found twice (a sentence read both as a
        // whole and through its attribution): the wider one is kept.
        return kept.Where(c => !kept.Exists(o => !ReferenceEquals(o, c) && o.Type == c.Type && o.Quote.Length > c.Quote.Length
            && o.Quote.Start <= c.Quote.Start && o.Quote.End >= c.Quote.End)).ToList();
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = Shared(a, b);
        return shared / (double)(a.Count + b.Count - shared);
    }

    private static int Shared(HashSet<string> a, HashSet<string> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = 0;
        foreach (var w in small)
        {
            shared += large.Contains(w) ? 1 : 0;
        }
        return shared;
    }

    private void ExtractSentence(Document document, TextSpan sentence, VoiceState state, List<Claim> claims)
    {
        var text = document.Text;
        var s = text[sentence.Start..sentence.End];
        if (VoiceSwitch().IsMatch(s))
        {
            state.Voice = state.LastPerson is { } p ? p with { Channel = SpeakerLexicon.ChannelOf(s).Channel ?? state.LastChannel, ChannelSpan = null } : state.Voice;
            return;
        }
        TrackListDate(document, s, sentence, state);
        var content = sentence;
        if (Label().Match(s) is { Success: true } label && !Heading().IsMatch(label.Groups["sp"].Value))
        {
            var name = new TextSpan(sentence.Start, sentence.Start + label.Groups["sp"].Length);
            // A minister's or commander's part of a meeting transcript is a report: SCHEMA's "statement".
            var reporting = document.Genre == "briefing" && ReportingRole().IsMatch(label.Groups["sp"].Value);
            state.Voice = MakeAttribution(text, name, null, null, state) with { Channel = reporting ? "statement" : null, ChannelSpan = null };
            content = new TextSpan(sentence.Start + label.Length, sentence.End);
        }
        if (MadeBy().Match(s) is { Success: true } made)
        {
            var by = new TextSpan(sentence.Start + made.Groups["sp"].Index, sentence.Start + made.Groups["sp"].Index + made.Groups["sp"].Length);
            var person = MakeAttribution(text, by, null, sentence, state);
            state.LastChannel = person.Channel ?? state.LastChannel;
            return;
        }
        if (SourceNote().Match(s) is { Success: true } note && state.LastPerson is { } noted)
        {
            // "That's according to the Facebook page of …": the whole report relays one channel of the last person named.
            state.LastPerson = noted with { Channel = SpeakerLexicon.ChannelOf(note.Value).Channel };
            state.PersonChannel = state.LastPerson.Channel;
            return;
        }
        if (NotAClaim(text[content.Start..content.End]))
        {
            return;
        }
        var attribution = state.Voice;
        var found = AttributionParser.Find(text, content);
        TextSpan frame = default;
        if (found is not null)
        {
            var outer = MakeAttribution(text, found.Speaker, found.Verb, found.Frame, state);
            content = found.Content;
            frame = found.Frame;
            if (AttributionParser.Find(text, content) is { } inner)
            {
                attribution = MakeAttribution(text, inner.Speaker, inner.Verb, inner.Frame, state) with { Via = outer };
                content = inner.Content;
            }
            else
            {
                attribution = outer;
            }
            state.LastChannel = attribution.Channel ?? state.LastChannel;
        }
        else if (AttributionParser.SubjectSpeech(text, content) is { } speech)
        {
            // "The Russian MoD announced the withdrawal …": the whole clause is the claim, its subject the speaker.
            attribution = MakeAttribution(text, speech.Speaker, speech.Verb, new TextSpan(content.Start, speech.Verb.End), state);
        }
        var clauses = TypedClauses(text, content, state.Places);
        if (!HasVerb().IsMatch(text[content.Start..content.End]) && !text[content.Start..content.End].Any(char.IsDigit) && clauses.TrueForAll(c => c.Type == ClaimTypes.Assessment))
        {
            return; // a heading ("The Kherson Front"), not a statement
        }
        foreach (var (clause, type, trigger) in clauses)
        {
            claims.Add(Build(document, clause, frame, type, trigger, attribution, state, claims.Count));
        }
    }

    private static void TrackListDate(Document document, string sentenceText, TextSpan sentence, VoiceState state)
    {
        // "The total combat losses … from 24.02 to 20.07 were approximately:" dates the list items after it.
        // "Wednesday - a conversation with … . A conversation with …": a line led by a weekday dates every sentence of that line.
        if (WeekdayLead().Match(sentenceText) is { Success: true } day
            && DateResolver.Resolve(document.Text, sentence.Start, sentence.Start + day.Length, document.Published) is { } w)
        {
            state.ListDate = w;
            var eol = document.Text.IndexOf('\n', sentence.Start);
            state.ListDateEnd = eol < 0 ? document.Text.Length : eol;
        }
        else if (sentence.Start < state.ListDateEnd)
        {
            // still the weekday's line
        }
        else if (ListHeader().IsMatch(sentenceText) && DateResolver.Resolve(document.Text, sentence.Start, sentence.End, document.Published) is { } d)
        {
            state.ListDate = d;
        }
        else if (sentenceText.Split(' ').Length > 12)
        {
            state.ListDate = null;
        }
    }

    private static Claim Build(
        Document document, TextSpan clause, TextSpan frame, string type, TextSpan? trigger, Attribution attribution, VoiceState state, int index)
    {
        var text = document.Text;
        var quote = TrimQuotes(text, clause);
        var (actor, actorSpan) = ActorResolver.Resolve(text, quote, type, attribution.Side, trigger);
        var (modality, modalitySpan) = ModalityDetector.Detect(text, quote.Start, quote.End);
        if (modality is ModalityDetector.Hedged or ModalityDetector.Future && type is not (ClaimTypes.Strike or ClaimTypes.Civilian or ClaimTypes.Infrastructure)
            && Forecast().Match(text, quote.Start, quote.Length) is { Success: true } forecast)
        {
            // Forecasts, intentions and capabilities are assessments of a force, whatever event they name.
            (type, trigger) = (ClaimTypes.Assessment, new TextSpan(forecast.Index, forecast.Index + forecast.Length));
        }
        var pastDefault = false;
        var own = DateResolver.Resolve(text, quote.Start, quote.End, document.Published);
        if (own?.Span is { } at && modality == ModalityDetector.Future && IsDeadline(text, quote.Start, at))
        {
            own = null; // "tasked with capturing Chasiv Yar by May 9": a deadline; a plan takes the date it was stated
        }
        var date = own
            ?? (frame.IsEmpty ? null : DateResolver.Resolve(text, frame.Start, frame.End, document.Published))
            ?? state.ListDate
            ?? DefaultDate(text[quote.Start..quote.End], modality, document, out pastDefault);
        if (pastDefault)
        {
            state.PastDefaults.Add(index);
        }
        var placesFound = state.Places.For(quote.Start, quote.End);
        var quantities = QuantityParser.Parse(text, quote.Start, quote.End);
        return new Claim(quote, text[quote.Start..quote.End], attribution, type, trigger, actor, actorSpan, placesFound, date, quantities, modality, modalitySpan);
    }

    [GeneratedRegex(@"\b(?:will\s+likely|would|could|may|might|unlikely|likely\s+to|aims?\b|aim\s+of|intend\w*|need\s+to|tasked|able\s+to|in\s+order\s+to|in\s+the\s+coming|expected\s+to|forecast\w*|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forecast();

    private static ClaimDate DefaultDate(string clause, string modality, Document document, out bool pastDefault)
    {
        pastDefault = false;
        if (document.Published is not { } published)
        {
            return ClaimDate.Unknown;
        }
        var today = ClaimDate.Day(published, null);
        if (modality is ModalityDetector.Future || (modality is ModalityDetector.Hedged && Modal().IsMatch(clause)) || Present().IsMatch(clause))
        {
            return today; // a plan, forecast or present state holds on the day it is stated
        }
        if (PresentPerfect().IsMatch(clause))
        {
            return ClaimDate.Unknown; // a past event without its own date
        }
        if (Past().IsMatch(clause))
        {
            // A daily update or a post reports the day's events; elsewhere a past event without a date is undated.
            pastDefault = document.Genre is "assessment" or "social-post";
            return pastDefault ? today : ClaimDate.Unknown;
        }
        return today;
    }

    [GeneratedRegex(@"\b(?:will|would|may|might|could|likely\s+to|going\s+to|can)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"\b(?:has|have|'ve|’ve)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|wn|ught|ung|ne)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PresentPerfect();

    // SCHEMA: one sentence holds several claims when they differ in speaker, type or places; a clause of the same type
    // as the one before it that names no place of its own continues that claim ("Several settlements have been
    // liberated, and the armed forces there are raising the flag").
    private static List<(TextSpan Clause, string Type, TextSpan Trigger)> TypedClauses(string text, TextSpan content, IDocumentPlaces places)
    {
        var result = new List<(TextSpan Clause, string Type, TextSpan Trigger)>();
        var pending = -1;
        foreach (var clause in SentenceSplitter.Clauses(text, content))
        {
            var typed = TypeOf(text, clause);
            if (typed is { } t && (result.Count == 0 || (clause.Length >= 25 && HasVerb().IsMatch(text[clause.Start..clause.End])
                && (t.Type != result[^1].Type || places.Names(clause.Start, clause.End)))))
            {
                result.Add((pending >= 0 ? new TextSpan(pending, clause.End) : clause, t.Type, t.Trigger));
                pending = -1;
            }
            else if (result.Count > 0)
            {
                var last = result[^1];
                result[^1] = (new TextSpan(last.Clause.Start, clause.End), last.Type, last.Trigger);
            }
            else if (pending < 0)
            {
                pending = clause.Start;
            }
        }
        return result;
    }

    private static (string Type, TextSpan Trigger)? TypeOf(string text, TextSpan clause)
    {
        var slice = text[clause.Start..clause.End];
        foreach (var (type, pattern) in ClaimLexicon.Types)
        {
            if (pattern.Match(slice) is { Success: true } m)
            {
                return (type, new TextSpan(clause.Start + m.Index, clause.Start + m.Index + m.Length));
            }
        }
        return null;
    }

    private static Attribution MakeAttribution(string text, TextSpan speaker, TextSpan? verb, TextSpan? frame, VoiceState state)
    {
        var (nameSpan, roleSpan) = AttributionParser.SplitRole(text, speaker);
        var name = text[nameSpan.Start..nameSpan.End].Trim();
        string? role = roleSpan is { } r ? text[r.Start..r.End].Trim() : null;
        var frameText = frame is { } f ? text[f.Start..f.End] : text[speaker.Start..speaker.End];
        var (channel, at) = SpeakerLexicon.ChannelOf(frameText);
        TextSpan? channelSpan = at is not null && frame is { } fr ? new TextSpan(fr.Start + at.Index, fr.Start + at.Index + at.Length) : null;
        if (Pronoun().IsMatch(name) && state.LastPerson is { } last)
        {
            return last with { SpeakerSpan = nameSpan, Channel = channel ?? state.PersonChannel, ChannelSpan = channelSpan, Verb = Verb(text, verb), VerbSpan = verb, Via = null };
        }
        if (channel is null && state.PersonChannel is not null && Surname(state.LastPerson?.Speaker, name))
        {
            channel = state.PersonChannel;
        }
        var side = SpeakerLexicon.SideOf(text[speaker.Start..speaker.End]) ?? (state.LastPerson is { } p && Surname(p.Speaker, name) ? p.Side : null) ?? "unknown";
        var attribution = new Attribution(name, nameSpan, role, roleSpan, side, channel, channelSpan, Verb(text, verb), verb, null);
        if (AttributionParser.IsPerson(name))
        {
            state.LastPerson = Surname(state.LastPerson?.Speaker, name) && role is null ? state.LastPerson! with { SpeakerSpan = nameSpan } : attribution;
        }
        return attribution;
    }

    private static bool Surname(string? full, string name) =>
        full is not null && name.Length > 2 && (full.EndsWith(" " + name, StringComparison.Ordinal) || full == name);

    private static string? Verb(string text, TextSpan? verb) => verb is { } v ? text[v.Start..v.End] : null;

    /// <summary>The author's own side: a think tank's is third-party, a news outlet's media, a ministry's its state's.</summary>
    internal static string DocumentSide(Document document)
    {
        var who = $"{document.Provenance.Publisher} {document.Title}";
        return document.Genre switch
        {
            "assessment" => SpeakerLexicon.SideOf(document.Provenance.Publisher ?? "") switch
            {
                "UA" => "UA",
                "RU" => "RU",
                _ => "third-party",
            },
            "news" => "media",
            "social-post" => SpeakerLexicon.SideOf(document.Provenance.Publisher ?? "") is { } s2 && s2 != "unknown" ? s2 : document.Language == "ru" ? "RU" : "UA",
            _ => SpeakerLexicon.SideOf(who) ?? "unknown",
        };
    }

    private static TextSpan TrimQuotes(string text, TextSpan span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '“' or '"' or '«' or ',' or '(' or '‘'))
        {
            s++;
        }
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '”' or '"' or '»' or '.' or ',' or ':' or ';' or '’' && !char.IsLetter(text[e - 2])))
        {
            e--;
        }
        return new TextSpan(s, e);
    }

    private static bool NotAClaim(string s) =>
        s.Length < 12 || s.EndsWith('?') || NonClaim().IsMatch(s) || Rhetoric().IsMatch(s) || Conditional().IsMatch(s)
        || s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2;

    private sealed class VoiceState(string documentSide, IDocumentPlaces places)
    {
        public IDocumentPlaces Places { get; } = places;

        public Attribution Voice { get; set; } = Attribution.Author(documentSide);

        public Attribution? LastPerson { get; set; }

        public string? LastChannel { get; set; }

        public string? PersonChannel { get; set; }

        public ClaimDate? ListDate { get; set; }

        /// <summary>Where a weekday-led line ends: its date holds for every sentence before.</summary>
        public int ListDateEnd { get; set; } = -1;

        /// <summary>Claims dated to the publication day only because a daily update's past events are the day's.</summary>
        public List<int> PastDefaults { get; } = [];
    }

    [GeneratedRegex(@"https?://|www\.|t\.me/|\.com/|\.html?\b|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?,?\s+\d{1,2}:\d\d|via\s+Getty|/AFP\b|^Photo\b|^Click\s+here|^Key\s+Takeaways|^Note:|^We\s+do\s+not\s+report|^ISW\s+(?:will|is\s+publishing|has\s+updated)|^Read\s+more|^Follow\s+us|^Subscribe|^Glory\s+to|^Слава|\b(?:Main|Supporting)\s+Effort\b|\bobjective:", RegexOptions.IgnoreCase)]
    private static partial Regex NonClaim();

    [GeneratedRegex(@"^(?:And\s+|So,?\s+|But\s+|Of\s+course,?\s+)?(?:I\s+(?:thank|am\s+(?:grateful|thankful|sure|confident)|wish|want|would\s+like|congratulate|ask|once\s+again\s+thank|believe)|Thank|Thanks|Thanked|Glory|Congratulat|Good\s+(?:health|evening|morning)|Dear\b|Strong\s+people|Remember|See\s+how|Let\s+me|Please|May\s+God|(?:We|You|Everyone|Everybody)\s+(?:must|should|need|have\s+to|will\s+definitely))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rhetoric();

    [GeneratedRegex(@"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|did|does|do|\w{2,}ed|\w{3,}s|\w+ing)\b|[а-яіїєґ]{3,}(?:ли|ла|ло|в|ть|ться|ють|ує|ують|но|то)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasVerb();

    [GeneratedRegex(@"\b(?:Ukraine|Oblast|Effort|Axis|Direction|Front|Line|Takeaways|Note|Sources?|Update|Summary|Region|Crimea|Donbas)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\b(?:statement|remarks|announcement|address)\s+(?:was|were)\s+(?:made|delivered)\s+by\s+(?<sp>(?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]+)")]
    private static partial Regex MadeBy();

    [GeneratedRegex(@"^(?:That['’]s|This\s+is|That\s+is|It\s+is)\s+according\s+to\s+(?:the\s+|a\s+)?(?:Facebook|Telegram|Twitter|X|Instagram)\b.*", RegexOptions.IgnoreCase)]
    private static partial Regex SourceNote();

    [GeneratedRegex(@"\b(?:Minister|Commander|Chief|Spokes\w*|Head)\b")]
    private static partial Regex ReportingRole();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"^(?:If|Unless|Suppose|Imagine)\b|^[^.!]{0,40}!$|^(?:It\s+is|It\s+would\s+be|It['’]s)\s+(?:important|worth|necessary|essential|vital|crucial|inappropriate)\b|^This\s+is\s+not\s+the\s+time\b")]
    private static partial Regex Conditional();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*[-–—,:]")]
    private static partial Regex WeekdayLead();

    // The date expression begins with, or follows, "by"/"until": a deadline, not when the claimed event happens.
    private static bool IsDeadline(string text, int quoteStart, TextSpan at)
    {
        var from = Math.Max(quoteStart, at.Start - 12);
        return Deadline().IsMatch(text.AsSpan(from, at.Start - from)) || DeadlineStart().IsMatch(text.AsSpan(at.Start, at.Length));
    }

    [GeneratedRegex(@"\b(?:by|until|till|no\s+later\s+than)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"^(?:by|until|till)\s", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineStart();

    [GeneratedRegex(@"(?::|\bapproximately|\bas\s+follows)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListHeader();

    [GeneratedRegex(@"\b(?:full\s+)?text\s+of\s+(?:the|his|her)\s+(?:speech|address|statement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoiceSwitch();

    [GeneratedRegex(@"^(?<sp>(?:\p{Lu}[\p{L}’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]+):\s+")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:he|she|him|her|the\s+general|the\s+commander(?:-in-chief)?|the\s+president|the\s+minister|the\s+governor|the\s+official)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"\b(?:is|are|am|remains?|continues?|continue|controls?|holds?|has\s+(?:already|so\s+far)|have\s+(?:already|so\s+far)|already|so\s+far|to\s+date|now|currently|still|as\s+of|is\s+\w+ing|are\s+\w+ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Present();

    [GeneratedRegex(@"\b(?:was|were|had|did|\w{3,}ed)\b|\b(?:has|have)\s+(?:been\s+)?\w+(?:ed|en)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Past();
}
