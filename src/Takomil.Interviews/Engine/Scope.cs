namespace Takomil.Interviews;

/// <summary>What an expression sees while evaluated for one question of one repeat instance (or the top level).</summary>
internal sealed class Scope(Session session, ScriptItem? repeat, int instance, ExprValue self) : IExpressionScope
{
    public ExprValue Self => self;

    public int Position => repeat is null ? 0 : instance + 1;

    public DateOnly Today => session.Today;

    public ExprValue Lookup(string name) => session.Lookup(name, repeat, instance);

    public int Count(string name) => session.Count(name);
}
