import{u as r,g as t,bL as u,aK as c}from"./index-B-OArwmy.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
