namespace Takomil.Protocol.Cards;

/// <summary>
/// Whole-card rules the types alone cannot enforce, checked before a card is written:
/// element ids are unique; every input id is a valid data key; and no input id equals a key of
/// any action's data — inputs are merged into that data, so a clash would let a user's typed
/// value stand in for an id the bot put there.
/// </summary>
public static class CardChecks
{
    public static IReadOnlyList<string> Find(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var inputIds = new List<string>();
        var actions = new List<CardAction>();
        Walk(card, ids, inputIds, actions, problems);

        foreach (var action in actions)
        {
            foreach (var clash in inputIds.Where(i => action.SentData?.ContainsKey(i) == true))
            {
                problems.Add($"Input '{clash}' would overwrite the data key of the same name on action '{action.Title ?? action.Type}'.");
            }
        }

        return problems;
    }

    public static void ThrowIfInvalid(AdaptiveCard card)
    {
        var problems = Find(card);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid Adaptive Card: " + string.Join(" ", problems));
        }
    }

    private static void Walk(AdaptiveCard card, HashSet<string> ids, List<string> inputIds, List<CardAction> actions, List<string> problems)
    {
        var pending = new Stack<CardElement>(card.Body.Reverse());
        foreach (var action in card.Actions ?? [])
        {
            AddAction(action, ids, inputIds, actions, problems);
        }

        while (pending.Count > 0)
        {
            var element = pending.Pop();
            AddId(element.Id, ids, problems);
            if (element is CardInput input)
            {
                if (!ActionData.IsValidKey(input.Id))
                {
                    problems.Add($"Input id '{input.Id}' must match {ActionData.KeyPattern} and not be reserved.");
                }

                inputIds.Add(input.Id!);
            }

            foreach (var child in element.ChildElements.Reverse())
            {
                pending.Push(child);
            }

            foreach (var action in element.ChildActions)
            {
                AddAction(action, ids, inputIds, actions, problems);
            }
        }
    }

    private static void AddAction(CardAction action, HashSet<string> ids, List<string> inputIds, List<CardAction> actions, List<string> problems)
    {
        AddId(action.Id, ids, problems);
        actions.Add(action);
        if (action.NestedCard is { } nested)
        {
            Walk(nested, ids, inputIds, actions, problems);
        }
    }

    private static void AddId(string? id, HashSet<string> ids, List<string> problems)
    {
        if (id is not null && !ids.Add(id))
        {
            problems.Add($"Id '{id}' is used twice.");
        }
    }
}
