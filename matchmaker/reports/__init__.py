"""Staff dashboard and the six-monthly report for the People's Committee and the Ministry of Industry and Trade."""
