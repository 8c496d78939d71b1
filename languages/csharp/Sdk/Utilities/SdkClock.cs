using System;
using System.Threading;

namespace Sdk
{
    /// <summary>
    /// The one place the SDK reads "now" from, so the sandbox helper's <c>Clock.Advance</c> can
    /// move the SDK's time together with the mock server's (internal; the Sandbox assembly is a
    /// friend, see AssemblyInfo.cs).
    /// </summary>
    internal static class SdkClock
    {
        private static long offsetMilliseconds;

        /// <summary>Current time: real time plus the offset.</summary>
        internal static DateTimeOffset UtcNow
        {
            get { return DateTimeOffset.UtcNow.AddMilliseconds(Interlocked.Read(ref offsetMilliseconds)); }
        }

        /// <summary>Moves "now" forward (never back: tokens must not un-expire).</summary>
        internal static void Advance(TimeSpan by)
        {
            Interlocked.Add(ref offsetMilliseconds, (long)by.TotalMilliseconds);
        }

        /// <summary>Back to real time.</summary>
        internal static void Reset()
        {
            Interlocked.Exchange(ref offsetMilliseconds, 0);
        }
    }
}
