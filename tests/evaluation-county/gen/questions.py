import q_party, q_gov1, q_gov2, q_gov3, q_town, q_oos
Q = q_party.Q + q_gov1.Q + q_gov2.Q + q_gov3.Q + q_town.Q + q_oos.Q
