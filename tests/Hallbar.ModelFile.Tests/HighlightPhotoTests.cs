namespace Hallbar.ModelFile.Tests;

/// <summary>
/// A highlight's photo given as a file beside the model file: read from disk into the model as a data:
/// URI, so that it survives storage and export; each file that cannot be a photo is refused at its path.
/// </summary>
public sealed class HighlightPhotoTests : IDisposable
{
    private const string Path = "$.highlights[0].photo.source";

    // A real 1×1 PNG: what matters is that its first bytes say PNG whatever the file is called.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPgjrUGAAEaAKQhAn7OAAAAAElFTkSuQmCC");

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hallbar-photo-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void ReadFile_PhotoBesideTheModel_IsKeptAsDataUriAndWrittenBackTheSame()
    {
        Directory.CreateDirectory(System.IO.Path.Combine(_folder.FullName, "bilder"));
        File.WriteAllBytes(System.IO.Path.Combine(_folder.FullName, "bilder", "buss.jpg"), Png);

        var result = ModelFileReader.ReadFile(ModelWithPhoto("bilder/buss.jpg"));

        Assert.Empty(result.Errors);
        var photo = result.Model!.Highlights.Single().Photo!;
        Assert.Equal("image/png", photo.MediaType);
        Assert.Equal(Png, photo.Content());
        var written = ModelFileWriter.Write(result.Model);
        var reread = ModelFileReader.Read(written);
        Assert.Empty(reread.Errors);
        Assert.Equal(photo, reread.Model!.Highlights.Single().Photo);
        Assert.Equal(written, ModelFileWriter.Write(reread.Model));
    }

    [Fact]
    public void ReadFile_MissingPhotoFile_IsReportedAtTheSource()
    {
        var error = Assert.Single(ModelFileReader.ReadFile(ModelWithPhoto("saknas.png")).Errors);

        Assert.Equal(Path, error.Path);
        Assert.Contains("Det finns ingen fotofil 'saknas.png'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no photo file 'saknas.png'", error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PhotoFileThatIsNoImage_IsRefusedWhateverItsName()
    {
        File.WriteAllText(System.IO.Path.Combine(_folder.FullName, "buss.png"), "GIF89a, not a photo Hallbar takes");

        var error = Assert.Single(ModelFileReader.ReadFile(ModelWithPhoto("buss.png")).Errors);

        Assert.Equal(Path, error.Path);
        Assert.Contains("ingen JPEG-, PNG- eller WebP-bild", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a JPEG, PNG or WebP", error.English, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_PhotoOverFiveMegabytes_IsRefused()
    {
        var large = new byte[5 * 1024 * 1024 + 1];
        Png.CopyTo(large, 0);
        File.WriteAllBytes(System.IO.Path.Combine(_folder.FullName, "stor.png"), large);

        var error = Assert.Single(ModelFileReader.ReadFile(ModelWithPhoto("stor.png")).Errors);

        Assert.Equal(Path, error.Path);
        Assert.Contains("högst 5 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 5 MB", error.English, StringComparison.Ordinal);
    }

    private string ModelWithPhoto(string source)
    {
        var file = System.IO.Path.Combine(_folder.FullName, "modell.json");
        File.WriteAllText(file, $$"""
            {
              "formatVersion": 1,
              "organization": { "id": "region-test", "name": "Region Test", "kind": "region", "units": [ { "id": "a", "name": "Förvaltning A" } ] },
              "scales": [ { "id": "utveckling", "name": "Utveckling", "grades": [ { "id": "inget-varde", "label": "Inget värde", "verdict": "noValue" } ] } ],
              "defaultScale": "utveckling",
              "goals": [],
              "highlights": [
                { "id": "buss", "year": 2025, "title": "Nöjda resenärer", "markdown": "Text.", "photo": { "source": "{{source}}", "alt": "En guldfärgad buss", "credit": "Anna Berg" } }
              ]
            }
            """);
        return file;
    }
}
