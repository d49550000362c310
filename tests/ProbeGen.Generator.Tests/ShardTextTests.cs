using ProbeGen.Core.Model;
using ProbeGen.Generator.Emission;
using ProbeGen.Generator.Model;

namespace ProbeGen.Tests;

/// <summary>
/// The shard's source text is read from its members without joining them (issue 18: no large-object-heap string per
/// shard); it must be the joined text exactly, also past Roslyn's chunking of long texts and across member boundaries.
/// </summary>
public class ShardTextTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, false)]
    [InlineData(120, true)]
    [InlineData(400, false)]
    public void ShardText_IsTheJoinedMembers_CharForChar(int members, bool nullable)
    {
        var texts = Enumerable.Range(0, members)
            .Select(i => "    // member " + i + "\n" + new string((char)('a' + i % 26), 1 + (i * 7919) % 4099) + (i % 3 == 0 ? "" : "\n"))
            .ToArray();
        var shard = new ShardSource(3, new EmitSettings(false, nullable), new EquatableArray<string>(texts));

        var text = SourceEmitter.ShardText(shard);

        string expected = SourceEmitter.Shard(shard);
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(expected, text.ToString());
        Assert.Equal(System.Text.Encoding.UTF8, text.Encoding);
        if (expected.Length > 2) Assert.Equal(expected.Substring(expected.Length / 2, 2), text.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(expected.Length / 2, 2)));
    }
}
