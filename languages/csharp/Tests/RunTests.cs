// Runs the NUnit tests of SdkTests.dll with Debian's NUnit 2.6 console runner library (the
// nunit-console command is a separate package; the library comes with libnunit-cil-dev).
// Exit status: the number of failed tests, 0 when all pass.
public static class RunTests
{
    public static int Main(string[] args)
    {
        int failures = NUnit.ConsoleRunner.Runner.Main(args);
        // Mono 6.8 can hang for seconds after Main returns once HttpClient used the thread pool.
        System.Environment.Exit(failures);
        return failures;
    }
}
