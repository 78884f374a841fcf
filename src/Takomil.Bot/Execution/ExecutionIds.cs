namespace Takomil.Bot.Execution;

/// <summary>Card verbs and data keys of stage 4–5 cards. Data holds ids only.</summary>
public static class ExecutionIds
{
    public const string UpdateItemVerb = "execution.item.update";
    public const string DashboardVerb = "execution.dashboard";
    public const string ProposalFormVerb = "execution.ict.form";
    public const string SubmitProposalVerb = "execution.ict.submit";
    public const string FinishIctVerb = "execution.ict.done";

    public const string InspectionKey = "inspectionId";
    public const string ItemKey = "itemId";
    public const string StatusKey = "status";

    /// <summary>Input ids (their values are user text, checked again on the server).</summary>
    public const string EvidenceInput = "evidence";
    public const string ReasonInput = "reason";
    public const string SystemNameInput = "systemName";
    public const string PurposeInput = "purpose";
    public const string AgencyInput = "agency";
    public const string RelatedItemsInput = "relatedItems";
    public const string CostInput = "estimatedCost";
    public const string PriorityInput = "priority";
    public const string LetterInput = "letterRef";
    public const string LetterDateInput = "letterDate";

    public const int MaxNoteLength = 500;
}
