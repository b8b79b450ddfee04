print("newsclean")
