module sandbox

go 1.19

require sdk v0.0.0

replace sdk => ../sdk
