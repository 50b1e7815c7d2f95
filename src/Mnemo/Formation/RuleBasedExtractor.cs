using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Mnemo.Formation;

/// <summary>
/// The offline extractor used when no LLM is configured. It keeps first-person statements about preferences, identity,
/// plans, relationships, health, work and places (English and French), sentence by sentence, as written: the only
/// changes are splitting "X and I Y" into two facts and dating relative days it recognises ("yesterday" gets
/// "(2023-05-07)" appended). Anything it does not recognise is left out rather than guessed at.
/// </summary>
internal static partial class RuleBasedExtractor
{
    private static readonly (string Category, Regex Pattern)[] _rules =
    [
        ("health", HealthRule()),
        ("relationships", RelationshipRule()),
        ("work", WorkRule()),
        ("preferences", PreferenceRule()),
        ("plans", PlanRule()),
        ("identity", IdentityRule()),
    ];

    public static List<(string Text, string Category)> Extract(IEnumerable<ChatMessage> userMessages, DateTimeOffset observedAt)
    {
        var facts = new List<(string, string)>();
        foreach (var message in userMessages)
        {
            foreach (var sentence in Sentences(message.Text))
            {
                if (sentence.TrimEnd().EndsWith('?'))
                {
                    continue;
                }

                foreach (var clause in Clauses(sentence))
                {
                    if (Categorize(clause) is { } category)
                    {
                        facts.Add((DateRelativeDays(clause, observedAt), category));
                    }
                }
            }
        }

        return facts;
    }

    public static string? Categorize(string text)
    {
        foreach (var (category, pattern) in _rules)
        {
            if (pattern.IsMatch(text))
            {
                return category;
            }
        }

        return null;
    }

    private static IEnumerable<string> Sentences(string text) =>
        SentenceSplit().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    // "I have a cat named Pixel and I work as a senior architect" holds two facts; split only when both halves are facts.
    private static IEnumerable<string> Clauses(string sentence)
    {
        var match = ClauseSplit().Match(sentence);
        if (match.Success)
        {
            var left = sentence[..match.Index].Trim().TrimEnd(',');
            var right = sentence[(match.Index + match.Length - match.Groups["subject"].Length)..].Trim();
            if (Categorize(left) is not null && Categorize(right) is not null)
            {
                return [left, right];
            }
        }

        return [sentence];
    }

    private static string DateRelativeDays(string text, DateTimeOffset observedAt)
    {
        var match = RelativeDay().Match(text);
        if (!match.Success)
        {
            return text;
        }

        var word = match.Value.ToLowerInvariant();
        var offset = word switch
        {
            "yesterday" or "hier" => -1,
            "tomorrow" or "demain" => 1,
            "last week" or "la semaine dernière" => -7,
            "next week" or "la semaine prochaine" => 7,
            _ => 0,
        };
        var date = observedAt.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return offset is -7 or 7 ? $"{text} (week of {date})" : $"{text} ({date})";
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@",?\s+(and|et)\s+(?<subject>I\b|I'm\b|my\b|je\b|j'|mon\b|ma\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseSplit();

    [GeneratedRegex(@"\b(yesterday|tomorrow|today|last week|next week|hier|demain|aujourd'hui|la semaine dernière|la semaine prochaine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDay();

    [GeneratedRegex(@"\b(I'?m|I am|I've been|je suis)\s+(allergic|allergique|diabetic|diabétique|vegan|vegetarian|végétarien|végétarienne|végane|pregnant|enceinte)|\b(my|mon|ma|mes)\s+(doctor|médecin|allerg\w*|diet|régime|medication|médicament\w*|diagnos\w*)|\bI (can't|cannot|don't) eat\b|\bje ne (mange|bois) (pas|plus)\b|\bdiagnosed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HealthRule();

    [GeneratedRegex(@"\b(my|mon|ma|mes)\s+(wife|husband|partner|girlfriend|boyfriend|fiancée?|son|daughter|kids|children|child|baby|mother|mom|mum|father|dad|parents|sister|brother|siblings|friend|friends|best friend|family|grand\w+|femme|mari|copine|copain|fils|fille|enfants|mère|père|parents|sœur|soeur|frère|ami|amie|amis|famille)\b|\bI (have|'ve got) (a|an|two|three|\d+) (cat|dog|kids|children|sons?|daughters?|brothers?|sisters?|pets?|parrot|rabbit|hamster)\b|\bj'ai (un|une|deux|trois|\d+) (chat|chien|enfants?|fils|filles?|frères?|sœurs?)\b|\bI'?m (married|single|divorced|engaged|dating)\b|\bje suis (marié|mariée|célibataire|divorcé|divorcée|fiancé|fiancée)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipRule();

    [GeneratedRegex(@"\bI (work|worked)\b|\bI'?m (a|an) [\w\s-]*(engineer|developer|architect|designer|manager|teacher|nurse|doctor|lawyer|student|consultant|writer|artist|scientist|analyst|founder|ceo|cto)\b|\bmy (job|boss|company|team|colleague|manager|office|employer|career|role)\b|\bje travaille\b|\bje suis (un |une )?[\w\s-]*(ingénieur|développeur|développeuse|architecte|designer|manager|professeur|infirmier|infirmière|médecin|avocat|avocate|étudiant|étudiante|consultant|consultante)\b|\b(mon|ma) (travail|boulot|patron|patronne|entreprise|équipe|collègue|poste)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkRule();

    [GeneratedRegex(@"\bI (really |absolutely |do not |don't )?(like|love|hate|prefer|enjoy|dislike|adore|can't stand|detest)\b|\bmy favou?rite\b|\b(always|never|please)\b[^.!?]*\b(send|give|use|call|write|email|remind|show|tell)\b[^.!?]*\b(me|my)\b|\bj'(aime|adore)\b|\bje (n'aime pas|déteste|préfère|prefere)\b|\b(mon|ma|mes) (préféré|préférée|favori|favorite)\w*\b|\b(toujours|jamais)\b[^.!?]*\b(envoie|envoyez|donne|donnez|utilise|utilisez|appelle|écris|écrivez)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferenceRule();

    [GeneratedRegex(@"\bI'?m (going to|planning|about to|moving|travell?ing|flying|starting)\b|\bI am (going to|planning|about to|moving|travell?ing|flying|starting)\b|\bI (will|'ll|plan|intend|want) to\b|\bI'll\b|\bje (vais|compte|prévois|pars|déménage)\b|\bj'ai l'intention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanRule();

    [GeneratedRegex(@"\bmy name is\b|\bcall me\b|\bI'?m from\b|\bI am from\b|\bI (live|lived|grew up|was born|moved)\b|\bI (have|own|'ve got)\b|\bI'?m \d+( years old)?\b|\bje m'appelle\b|\bj'habite\b|\bje (vis|viens|suis né|suis née)\b|\bj'ai (un|une|\d+ ans)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentityRule();
}
