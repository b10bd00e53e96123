namespace Breakcard.Graph.Typology.Internal;

/// <summary>
/// Sliding-window maximum over values pushed in time order (monotonic deque). Queries must come in
/// the same time direction as pushes; entries older than the window are dropped on query.
/// </summary>
internal sealed class SlidingMax
{
    private (long Ticks, int Value)[] _items = new (long, int)[4];
    private int _head;
    private int _tail;

    public void Push(long ticks, int value)
    {
        while (_tail > _head && _items[_tail - 1].Value <= value)
        {
            _tail--;
        }

        if (_tail == _items.Length)
        {
            if (_head > 0)
            {
                Array.Copy(_items, _head, _items, 0, _tail - _head);
                _tail -= _head;
                _head = 0;
            }
            else
            {
                Array.Resize(ref _items, _items.Length * 2);
            }
        }

        _items[_tail++] = (ticks, value);
    }

    /// <summary>Largest value pushed within <paramref name="windowTicks"/> of <paramref name="ticks"/>
    /// (distance measured in the direction of travel), or 0.</summary>
    public int Query(long ticks, long windowTicks)
    {
        while (_head < _tail && Math.Abs(ticks - _items[_head].Ticks) > windowTicks)
        {
            _head++;
        }

        return _head < _tail ? _items[_head].Value : 0;
    }
}
