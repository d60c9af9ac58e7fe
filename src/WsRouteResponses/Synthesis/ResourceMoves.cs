using Amazon.JSII.Runtime.Deputy;
using WsRouteResponses.Locations;

namespace WsRouteResponses.Synthesis;

/// <summary>
/// The construct paths of an API's constructs that changed (a renamed route, stage, model or response set,
/// or responses moved to a new owner), and the resources under them: each such resource gets a Terraform
/// <c>moved</c> block from the address its old path gave it. Without one, Terraform creates the resource at
/// its new address and destroys the old one in no set order, and AWS refuses the new one while the old one
/// holds its key (ConflictException: "Route with key ... already exists").
/// </summary>
internal sealed class ResourceMoves(Location api)
{
    private readonly List<Move> _moves = [];
    private readonly List<Movable> _movables = [];

    /// <summary>Records that what is now at <paramref name="to"/> was at <paramref name="from"/>, for resources tracked before and after.</summary>
    /// <exception cref="ArgumentException">A path is empty, or both are the same.</exception>
    public void Add(string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        if (from == to)
            throw new ArgumentException($"[{api.Path}] A move from \"{from}\" to itself; give the construct path the resources had before (relative to the stack, e.g. \"Chat/SendMessage\").", nameof(from));
        var move = new Move(At(from), At(to));
        _moves.Add(move);
        foreach (var movable in _movables) movable.Consider(move);
    }

    /// <summary>Records that the construct at <paramref name="location"/> had the id <paramref name="formerId"/> in the same scope; null: it was not renamed.</summary>
    /// <exception cref="ArgumentException"><paramref name="formerId"/> is empty, has a '/', or is the construct's id now.</exception>
    public void Renamed(Location location, string? formerId)
    {
        if (formerId is null) return;
        var parent = location.Path[..location.Path.LastIndexOf('/')];
        if (string.IsNullOrWhiteSpace(formerId) || formerId.Contains('/', StringComparison.Ordinal) || location.Path == $"{parent}/{formerId}")
            throw new ArgumentException($"[{location.Path}] RenamedFrom is \"{formerId}\"; give the construct id it had before, in the same scope (no '/'), or leave it unset.", nameof(formerId));
        Add(Relative(parent + "/" + formerId), Relative(location.Path));
    }

    /// <summary>
    /// A resource at <paramref name="location"/> of type <paramref name="terraformType"/>. <paramref name="moveFrom"/>
    /// writes its <c>moved</c> block, once, when a move first covers it; it gets the former address as a
    /// function, read at synth, since a more specific move recorded later wins.
    /// </summary>
    public void Track(Location location, string terraformType, Action<Func<string>> moveFrom)
    {
        var movable = new Movable(location, terraformType, moveFrom);
        _movables.Add(movable);
        foreach (var move in _moves) movable.Consider(move);
    }

    /// <summary>The former address as a cdktf string token, resolved at synth (for provider objects' <c>MoveFromId</c>).</summary>
    public static string Token(Func<string> formerAddress) => Lazy.StringValue(new FormerAddress(formerAddress));

    private string Relative(string path) => path[(api.StackPath.Length + 1)..];

    private Location At(string relativePath) => new($"{api.StackPath}/{relativePath.Trim('/')}", api.StackPath);

    private sealed record Move(Location From, Location To)
    {
        public bool Covers(Location location) => location.Path == To.Path || location.Path.StartsWith(To.Path + "/", StringComparison.Ordinal);
    }

    private sealed class Movable(Location location, string terraformType, Action<Func<string>> moveFrom)
    {
        private Move? _move;

        // Terraform takes one moved block per address: the most specific move that covers the resource.
        public void Consider(Move move)
        {
            if (!move.Covers(location) || (_move is not null && _move.To.Path.Length >= move.To.Path.Length)) return;
            var first = _move is null;
            _move = move;
            if (first) moveFrom(FormerAddress);
        }

        private string FormerAddress() =>
            $"{terraformType}.{(location with { Path = _move!.From.Path + location.Path[_move.To.Path.Length..] }).LogicalId}";
    }

    private sealed class FormerAddress(Func<string> address) : DeputyBase, IStringProducer
    {
        public string Produce(IResolveContext context) => address();
    }
}
