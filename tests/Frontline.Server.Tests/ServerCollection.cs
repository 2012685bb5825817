namespace Frontline.Tests;

/// <summary>One server and ledger for every API test: importing the maps is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
