import ArgumentParser

Gaitpipe.main()
