namespace MigrationPortal.Application.Common;

/// <summary>A page of a list, with the total so the user knows how many there are.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultPageSize = 20;

    public static int ClampPage(int? page) => page is > 0 and < 100_000 ? page.Value : 1;
}
