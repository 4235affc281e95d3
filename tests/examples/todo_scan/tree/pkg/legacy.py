# TODO: a latin-1 file é
