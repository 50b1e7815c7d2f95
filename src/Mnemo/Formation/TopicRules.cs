using System.Text.RegularExpressions;

namespace Mnemo.Formation;

/// <summary>
/// Topic tags of an offline statement (health, relationships, work, preferences, plans, identity; English and French),
/// for <see cref="AddOptions.IncludeTopics"/>/<see cref="AddOptions.ExcludeTopics"/> and the memory's categories. They
/// never decide whether a statement is kept: <see cref="SentenceClassifier"/> does.
/// </summary>
internal static partial class TopicRules
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

    [GeneratedRegex(@"\b(I'?m|I am|I've been|je suis)\s+(allergic|allergique|diabetic|diabétique|vegan|vegetarian|végétarien|végétarienne|végane|pregnant|enceinte)|\b(my|mon|ma|mes)\s+(doctor|médecin|allerg\w*|diet|régime|medication|médicament\w*|diagnos\w*)|\bI (can't|cannot|don't) eat\b|\bje ne (mange|bois) (pas|plus)\b|\bdiagnosed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HealthRule();

    [GeneratedRegex(@"\b(my|mon|ma|mes)\s+(wife|husband|partner|girlfriend|boyfriend|fiancée?|son|daughter|kids|children|child|baby|mother|mom|mum|father|dad|parents|sister|brother|siblings|friend|friends|best friend|family|grand\w+|femme|mari|copine|copain|fils|fille|enfants|mère|père|parents|sœur|soeur|frère|ami|amie|amis|famille)\b|\bI (have|'ve got) (a|an|two|three|\d+) (cat|dog|kids|children|sons?|daughters?|brothers?|sisters?|pets?|parrot|rabbit|hamster)\b|\bj'ai (un|une|deux|trois|\d+) (chat|chien|enfants?|fils|filles?|frères?|sœurs?)\b|\bI'?m (married|single|divorced|engaged|dating)\b|\bje suis (marié|mariée|célibataire|divorcé|divorcée|fiancé|fiancée)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationshipRule();

    [GeneratedRegex(@"\bI (work|worked)\b|\bI'?m (a|an) [\w\s-]{0,40}(engineer|developer|architect|designer|manager|teacher|nurse|doctor|lawyer|student|consultant|writer|artist|scientist|analyst|founder|ceo|cto)\b|\bmy (job|boss|company|team|colleague|manager|office|employer|career|role)\b|\bje travaille\b|\bje suis (un |une )?[\w\s-]{0,40}(ingénieur|développeur|développeuse|architecte|designer|manager|professeur|infirmier|infirmière|médecin|avocat|avocate|étudiant|étudiante|consultant|consultante)\b|\b(mon|ma) (travail|boulot|patron|patronne|entreprise|équipe|collègue|poste)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WorkRule();

    [GeneratedRegex(@"\bI (really |absolutely |do not |don't )?(like|love|hate|prefer|enjoy|dislike|adore|can't stand|detest)\b|\bmy favou?rite\b|\b(always|never|please)\b[^.!?]{0,80}\b(send|give|use|call|write|email|remind|show|tell)\b[^.!?]{0,80}\b(me|my)\b|\bj'(aime|adore)\b|\bje (n'aime pas|déteste|préfère|prefere)\b|\b(mon|ma|mes) (préféré|préférée|favori|favorite)\w*\b|\b(toujours|jamais)\b[^.!?]{0,80}\b(envoie|envoyez|donne|donnez|utilise|utilisez|appelle|écris|écrivez)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PreferenceRule();

    [GeneratedRegex(@"\bI'?m (going to|planning|about to|moving|travell?ing|flying|starting)\b|\bI am (going to|planning|about to|moving|travell?ing|flying|starting)\b|\bI (will|'ll|plan|intend|want) to\b|\bI'll\b|\bje (vais|compte|prévois|pars|déménage)\b|\bj'ai l'intention\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlanRule();

    [GeneratedRegex(@"\bmy name is\b|\bcall me\b|\bI'?m from\b|\bI am from\b|\bI (live|lived|grew up|was born|moved)\b|\bI (have|own|'ve got)\b|\bI'?m \d+( years old)?\b|\bje m'appelle\b|\bj'habite\b|\bje (vis|viens|suis né|suis née)\b|\bj'ai (un|une|\d+ ans)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdentityRule();
}
