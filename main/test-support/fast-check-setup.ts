import fc from 'fast-check';

// A property that fails shrinks its counterexample, and shrinking a case that imports a file can
// take many minutes, which looks like a hang in CI. Past 100 s a property stops and reports the
// smallest failing case found so far. A long hunt (PROPERTY_RUNS set) is left alone.
if (!process.env['PROPERTY_RUNS']) {
  fc.configureGlobal({ interruptAfterTimeLimit: 100_000, markInterruptAsFailure: true });
}
