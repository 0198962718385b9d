namespace Relata.Actors.Linking;
internal sealed class ActorLexicon(ActorKnowledgeBase kb) { public ActorKnowledgeBase Kb { get; } = kb; }
