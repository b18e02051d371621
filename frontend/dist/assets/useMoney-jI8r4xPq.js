import{u as r,j as t,bE as u,bF as c}from"./index-pJkmowGr.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
