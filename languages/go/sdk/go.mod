module sdk

go 1.19
