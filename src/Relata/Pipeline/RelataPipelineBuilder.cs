namespace Relata.Pipeline;

/// <summary>
/// Builds a <see cref="RelataPipeline"/> from ordered, pluggable stages (cf. Markdig's MarkdownPipelineBuilder).
/// Feature folders add extension methods (<c>UseSegmentation()</c>, <c>UseTime()</c>, …) that call
/// <see cref="Add"/>, <see cref="InsertBefore"/> or <see cref="Replace"/>.
/// </summary>
public sealed class RelataPipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public RelataPipelineBuilder Add(IDocumentStage stage)
    {
        if (_stages.Any(s => s.Name == stage.Name))
            throw new InvalidOperationException($"A stage named '{stage.Name}' is already in the pipeline.");
        _stages.Add(stage);
        return this;
    }

    public RelataPipelineBuilder InsertBefore(string existing, IDocumentStage stage)
    {
        _stages.Insert(IndexOf(existing), stage);
        return this;
    }

    public RelataPipelineBuilder Replace(string existing, IDocumentStage stage)
    {
        _stages[IndexOf(existing)] = stage;
        return this;
    }

    public RelataPipelineBuilder Remove(string name)
    {
        _stages.RemoveAt(IndexOf(name));
        return this;
    }

    public bool Contains(string name) => _stages.Any(s => s.Name == name);

    public RelataPipeline Build() => new([.. _stages]);

    private int IndexOf(string name)
    {
        int i = _stages.FindIndex(s => s.Name == name);
        return i >= 0 ? i : throw new InvalidOperationException($"No stage named '{name}' in the pipeline.");
    }
}
