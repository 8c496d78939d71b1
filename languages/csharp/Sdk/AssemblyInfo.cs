using System.Runtime.CompilerServices;

// The sandbox helper moves the SDK's clock (SdkClock) without making it public API.
[assembly: InternalsVisibleTo("Sandbox")]
// The unit tests check internal helpers (form encoding, PKCE, challenge parsing) directly.
[assembly: InternalsVisibleTo("SdkTests")]
