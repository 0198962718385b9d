using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Actors.Linking;

/// <summary>
/// What the actor stage makes of the paragraph roles segmentation assigns: people in bylines, author bios and
/// acknowledgements are not participants; credits, disclaimers and site debris name no actors at all.
/// </summary>
internal static class ActorParagraphRoles
{
    public static ActorParagraphRole Classify(DocumentAnalysis analysis, Paragraph p) => p.Role switch
    {
        ParagraphRole.AuthorBio or ParagraphRole.Byline or ParagraphRole.Acknowledgement => ActorParagraphRole.AuthorBio,
        ParagraphRole.Caption or ParagraphRole.Disclaimer or ParagraphRole.Boilerplate => ActorParagraphRole.Caption,
        _ => ActorParagraphRole.Body,
    };
}
