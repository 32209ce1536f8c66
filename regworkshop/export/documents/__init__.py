"""The documents users send and publish: workshop summary, kunskapsunderlag, agenda handout, follow-up documents."""
