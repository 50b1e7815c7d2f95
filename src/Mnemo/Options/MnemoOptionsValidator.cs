using Microsoft.Extensions.Options;

namespace Mnemo;

/// <summary>
/// The range checks of <see cref="MnemoOptions"/> and its groups, generated at compile time from their
/// <c>[Range]</c> attributes (no reflection); a failure names the setting, e.g. <c>Fusion.TimeHalfLifeDays</c>.
/// </summary>
[OptionsValidator]
internal sealed partial class MnemoOptionsValidator : IValidateOptions<MnemoOptions>;
