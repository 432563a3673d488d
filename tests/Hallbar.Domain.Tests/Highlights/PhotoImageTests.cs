using Hallbar.Domain.Highlights;

namespace Hallbar.Domain.Tests.Highlights;

public sealed class PhotoImageTests
{
    [Theory]
    // Each format is known by its first bytes, whatever the file is called.
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 }, "image/png")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50 }, "image/webp")]
    // A RIFF file that is not WebP (a WAV sound) is no photo.
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, null)]
    // GIF is an image, but not one Hallbar takes.
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[0], null)]
    public void MediaTypeOf_FirstBytes_TellTheFormat(byte[] content, string? expected) =>
        Assert.Equal(expected, PhotoImage.MediaTypeOf(content));

    [Fact]
    public void ToDataUri_ReadBack_IsTheSamePhoto()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];

        var photo = new HighlightPhoto(PhotoImage.ToDataUri(jpeg), "En buss");

        Assert.Equal("image/jpeg", photo.MediaType);
        Assert.Equal(jpeg, photo.Content());
    }
}
