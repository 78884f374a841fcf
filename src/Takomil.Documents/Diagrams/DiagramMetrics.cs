namespace Takomil.Documents.Diagrams;

/// <summary>Sizes of the diagram, in whole units so every coordinate (and so every output byte) is exact.</summary>
internal static class DiagramMetrics
{
    public const int Margin = 20;
    public const int PoolHeader = 30;
    public const int LaneHeader = 30;
    public const int ContentInset = 30;
    public const int RightInset = 40;

    public const int TaskWidth = 150;
    public const int TaskHeight = 80;
    public const int Gateway = 50;
    public const int Event = 36;
    public const int SlotGap = 24;

    /// <summary>Room right of a decision gateway for the name of its grant flow.</summary>
    public const int GrantLabelRoom = 84;

    public const int ItemSpacing = 96;
    public const int DataObjectWidth = 36;
    public const int DataObjectHeight = 50;
    public const int StoreSize = 50;
    public const int ItemLabelWidth = 90;
    public const int ItemLabelHeight = 28;

    public const int ChannelBase = 32;
    public const int ChannelTrack = 10;
    public const int CorridorBase = 16;
    public const int CorridorTrack = 10;

    /// <summary>Band above a task for information systems: label, store, gap.</summary>
    public const int StoreBand = ItemLabelHeight + 2 + StoreSize + 20;

    public const int EmptyStoreBand = 16;

    /// <summary>Band under a task for documents (or a refusal end event): gap, icon, label.</summary>
    public const int DocumentBand = 28 + DataObjectHeight + 2 + ItemLabelHeight + 8;

    public const int EmptyDocumentBand = 28;
}
