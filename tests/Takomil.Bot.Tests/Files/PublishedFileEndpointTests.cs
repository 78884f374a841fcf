using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Takomil.Bot.Files;
using Takomil.Bot.Tests.Support;
using Takomil.Storage;
using Takomil.Storage.Files;

namespace Takomil.Bot.Tests.Files;

/// <summary>Produced files are reachable only through their random link, until they expire.</summary>
public sealed class PublishedFileEndpointTests(TakomilFactory factory) : BotTestBase(factory)
{
    [Fact]
    public async Task Get_PublishedLink_ReturnsTheBytesAsAttachment()
    {
        var bytes = "PK\u0003\u0004 report"u8.ToArray();
        var link = await PublishAsync("hisobot.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes);

        using var response = await Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Get_Svg_IsInlineWithAPolicyThatForbidsScripts()
    {
        var link = await PublishAsync("model.svg", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());

        using var response = await Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.StartsWith("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/files/unknown-token/model.png")]
    [InlineData("/files/x/y")]
    public async Task Get_UnknownToken_Returns404(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_RightTokenWrongName_Returns404()
    {
        var link = await PublishAsync("a.png", "image/png", [1, 2, 3]);
        var token = link.Segments[^2].TrimEnd('/');

        using var response = await Client.GetAsync(new Uri($"/files/{token}/b.png", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ExpiredFile_Returns404AndCleanupRemovesIt()
    {
        var link = await PublishAsync("old.png", "image/png", [1, 2, 3]);
        var token = link.Segments[^2].TrimEnd('/');
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
            await db.Set<PublishedFileRow>().Where(x => x.Token == token)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
        }

        using var response = await Client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        using (var scope = Factory.Services.CreateScope())
        {
            var files = scope.ServiceProvider.GetRequiredService<PublishedFiles>();
            Assert.True(await files.DeleteExpiredAsync(CancellationToken.None) >= 1);
            var db = scope.ServiceProvider.GetRequiredService<TakomilDbContext>();
            Assert.False(await db.Set<PublishedFileRow>().AnyAsync(x => x.Token == token));
        }
    }

    [Fact]
    public async Task Publish_TwoFiles_GetDifferentUnguessableTokens()
    {
        var a = await PublishAsync("a.png", "image/png", [1]);
        var b = await PublishAsync("a.png", "image/png", [1]);
        Assert.NotEqual(a, b);
        Assert.True(a.Segments[^2].TrimEnd('/').Length >= 43);
    }

    private async Task<Uri> PublishAsync(string name, string contentType, byte[] bytes)
    {
        using var scope = Factory.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<FileLinks>();
        return await links.PublishAsync(name, contentType, bytes, null, CancellationToken.None);
    }
}

public sealed class FilesOptionsTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("https://takomil.example.uz", true)]
    [InlineData("not a url", false)]
    [InlineData("ftp://takomil.example.uz", false)]
    public void Validate_PublicBaseUrl(string? value, bool valid)
    {
        var options = new FilesOptions { PublicBaseUrl = value };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        var ok = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(
            options, new System.ComponentModel.DataAnnotations.ValidationContext(options), results, validateAllProperties: true);
        Assert.Equal(valid, ok);
    }
}
